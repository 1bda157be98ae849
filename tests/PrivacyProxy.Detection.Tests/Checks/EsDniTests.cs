using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class EsDniTests
{
    [Theory]
    [InlineData("12345678Z")]
    [InlineData("12345678z")]
    [InlineData("55555555-K")]
    [InlineData("1111111G")]
    [InlineData("01111111G")]
    [InlineData("55555555 K")]
    public void IsValid_ValidDnis_ReturnsTrue(string value) =>
        EsDni.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("12345678A")]
    [InlineData("401-023-2138")]
    [InlineData("123456789")]
    [InlineData("00000000T")]
    [InlineData("123456Z")]
    public void IsValid_InvalidDnis_ReturnsFalse(string value) =>
        EsDni.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedDnis_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            CheckProperties.Chars(CheckProperties.Digits, 8).Where(p => p != "00000000"),
            digits => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                EsDni.IsValid, CheckProperties.Complete(EsDni.IsValid, digits + "?", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
}
