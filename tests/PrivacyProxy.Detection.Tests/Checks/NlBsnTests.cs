using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class NlBsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("1112.22.333")]
    [InlineData("12345672")] // eight digits, implied leading zero
    public void IsValid_ValidBsns_ReturnsTrue(string value) =>
        NlBsn.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("111222334")]
    [InlineData("123456789")]
    [InlineData("000000000")]
    [InlineData("1234567")]
    [InlineData("1234567890")]
    public void IsValid_InvalidBsns_ReturnsFalse(string value) =>
        NlBsn.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedBsns_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            CheckProperties.Chars(CheckProperties.Digits, 8)
                .Where(p => p.Distinct().Count() > 1 && CheckProperties.Digits.Any(d => NlBsn.IsValid(p + d))),
            payload => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                NlBsn.IsValid, CheckProperties.Complete(NlBsn.IsValid, payload + "?", CheckProperties.Digits)));
}
