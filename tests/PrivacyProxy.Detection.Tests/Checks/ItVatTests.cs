using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class ItVatTests
{
    [Theory]
    [InlineData("01333550323")]
    [InlineData("00743110157")]
    [InlineData("07643520567")]
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        ItVat.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("01333550324")] // wrong check digit
    [InlineData("00000000000")]
    [InlineData("00000000001")]
    [InlineData("12345672005")] // Luhn-valid, office code 200 does not exist
    [InlineData("0133355032")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        ItVat.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(CheckProperties.Chars(CheckProperties.Digits, 7), Gen.Int[1, 100]).Select(t => $"{t.Item1}{t.Item2:D3}?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                ItVat.IsValid, CheckProperties.Complete(ItVat.IsValid, template, CheckProperties.Digits)));
}
