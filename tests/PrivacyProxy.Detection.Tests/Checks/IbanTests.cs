using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class IbanTests
{
    // Examples from the SWIFT IBAN registry.
    [Theory]
    [InlineData("DE89370400440532013000")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("GB29 NWBK 6016 1331 9268 19")]
    [InlineData("gb29nwbk60161331926819")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("NO9386011117947")]
    [InlineData("LC55HEMM000100010012001200023015")]
    [InlineData("SC18SSCB11010000000000001497USD")]
    [InlineData("MT84MALT011000012345MTLCAST001S")]
    [InlineData("RU0204452560040702810412345678901")]
    public void IsValid_RegistryExamples_ReturnsTrue(string value) =>
        Iban.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("DE89370400440532013001")]   // check digits do not match
    [InlineData("DE8937040044053201300")]    // one short for Germany
    [InlineData("AB150120690000003111141")]  // AB is no IBAN country
    [InlineData("AM47212110090000000235698740")] // Armenia is not in the registry
    [InlineData("DEAB370400440532013000")]   // check digits must be digits
    [InlineData("DE89/3704/0044/0532/0130/00")]
    [InlineData("")]
    public void IsValid_NotAnIban_ReturnsFalse(string value) =>
        Iban.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedGermanAndBritishIbans_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.OneOf(
                CheckProperties.Chars(CheckProperties.Digits, 18).Select(b => "DE??" + b),
                Gen.Select(CheckProperties.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4), CheckProperties.Chars(CheckProperties.Digits, 14))
                    .Select(t => "GB??" + t.Item1 + t.Item2)),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                Iban.IsValid, CheckProperties.Complete(Iban.IsValid, template, CheckProperties.Digits)),
            iter: 50);
}
