using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class NhsMod11Tests
{
    [Theory]
    [InlineData("401-023-2137")]
    [InlineData("221 395 1837")]
    [InlineData("0032698674")]
    [InlineData("943 476 5919")]
    public void IsValid_ValidNhsNumbers_ReturnsTrue(string value) =>
        NhsMod11.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("401-023-2138")]
    [InlineData("4010232137 1")]
    [InlineData("0000000000")]
    [InlineData("123456789")]
    public void IsValid_NotAnNhsNumber_ReturnsFalse(string value) =>
        NhsMod11.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_PayloadWhoseCheckWouldBeTen_HasNoValidCompletion()
    {
        // 1234567890: weights 10..2 over 123456789 sum to 210, 11 - 210 mod 11 = 10, so no check digit is valid.
        CheckProperties.Digits.Count(d => NhsMod11.IsValid("123456789" + d)).Should().Be(0);
    }

    [Fact]
    public void IsValid_GeneratedNhsNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            CheckProperties.Chars(CheckProperties.Digits, 9)
                .Where(p => CheckProperties.Digits.Any(d => NhsMod11.IsValid(p + d))),
            payload => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                NhsMod11.IsValid, CheckProperties.Complete(NhsMod11.IsValid, payload + "?", CheckProperties.Digits)));
}
