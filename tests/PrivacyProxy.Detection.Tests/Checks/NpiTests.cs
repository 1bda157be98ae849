using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // the CMS example
    [InlineData("1245319599")]
    [InlineData("1003000126")]
    [InlineData("1234-567-893")]
    [InlineData("1234 567 893")]
    public void IsValid_ValidNpis_ReturnsTrue(string value) =>
        Npi.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("0234567893")]
    [InlineData("3234567893")]
    [InlineData("9234567893")]
    [InlineData("123456789")]
    [InlineData("12345678934")]
    [InlineData("1111111112")]
    [InlineData("1234567890")]
    public void IsValid_NotAnNpi_ReturnsFalse(string value) =>
        Npi.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_MatchesLuhnWithThe80840Prefix() =>
        CheckProperties.Sample(
            Gen.Int[1, 2].SelectMany(f => CheckProperties.Chars(CheckProperties.Digits, 9).Select(s => f + s)),
            npi => Npi.IsValid(npi).Should().Be(Luhn.IsValid("80840" + npi) && !npi[..9].All(c => c == npi[0])));

    [Fact]
    public void IsValid_GeneratedNpis_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            CheckProperties.Chars(CheckProperties.Digits, 8).Select(s => "1" + s).Where(p => p.Distinct().Count() > 1),
            payload => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                Npi.IsValid, payload + LuhnTests.CheckDigit("80840" + payload)));
}
