using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class ItFiscalCodeTests
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    [Theory]
    [InlineData("RSSMRA85T10A562S")] // Agenzia delle Entrate's Mario Rossi
    [InlineData("rssmra85t10a562s")]
    [InlineData("RSSMRA85T10A56NH")] // omocodia: last digit of the place code replaced by N
    public void IsValid_ValidCodes_ReturnsTrue(string value) =>
        ItFiscalCode.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("RSSMRA85T10A562T")] // wrong check letter
    [InlineData("RSSMRA85Z10A562S")] // Z is no month letter
    [InlineData("RSSMRA85T32A562S")] // day 32
    [InlineData("A55AAA00B11C333N")]
    [InlineData("RSSMRA85T10A562")]
    public void IsValid_InvalidCodes_ReturnsFalse(string value) =>
        ItFiscalCode.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedCodes_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(
                    CheckProperties.Chars(Letters, 6), CheckProperties.Chars(CheckProperties.Digits, 2),
                    CheckProperties.Chars("ABCDEHLMPRST", 1), Gen.Int[1, 71].Where(d => d is <= 31 or >= 41),
                    CheckProperties.Chars(Letters, 1), CheckProperties.Chars(CheckProperties.Digits, 3))
                .Select(t => $"{t.Item1}{t.Item2}{t.Item3}{t.Item4:D2}{t.Item5}{t.Item6}?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                ItFiscalCode.IsValid, CheckProperties.Complete(ItFiscalCode.IsValid, template, Letters)));
}
