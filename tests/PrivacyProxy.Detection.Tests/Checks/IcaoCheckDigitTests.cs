using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class IcaoCheckDigitTests
{
    private const string DocumentAlphabet = "0123456789CFGHJKLMNPRTVWXYZ";

    [Theory]
    [InlineData("L01X00T44")] // BMI's specimen identity card
    [InlineData("C01X00T41")]
    [InlineData("C01234565")]
    [InlineData("CZ6311T03")]
    [InlineData("l01x00t44")]
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        IcaoCheckDigit.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("L01X00T47")]
    [InlineData("C01234567")]
    [InlineData("L01X00T4X")] // the check character must be a digit
    [InlineData("4")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        IcaoCheckDigit.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            CheckProperties.Chars(DocumentAlphabet, 8).Select(p => p + "?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                IcaoCheckDigit.IsValid, CheckProperties.Complete(IcaoCheckDigit.IsValid, template, CheckProperties.Digits)));
}
