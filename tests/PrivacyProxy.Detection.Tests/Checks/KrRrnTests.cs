using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class KrRrnTests
{
    [Theory]
    [InlineData("960121-1021413")]
    [InlineData("9601211021413")]
    [InlineData("050912-2000019")]
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        KrRrn.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("960121-1234567")] // wrong check digit
    [InlineData("001332-1234567")] // month 13
    [InlineData("960303-0021413")] // sex digit 0
    [InlineData("760413-5212134")] // 5-8 are foreigners' numbers (KR_FRN), not RRNs
    [InlineData("960121+1021413")]
    [InlineData("960111-10214131")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        KrRrn.IsValid(value).Should().BeFalse();

    [Theory]
    [InlineData("960121-1234567", true)]  // assigned after October 2020: no check digit
    [InlineData("000505-3637892", true)]
    [InlineData("010229-3234567", false)] // 29 February 2001
    [InlineData("000229-3234567", true)]  // 29 February 2000 (sex digit 3: born 2000 or later)
    [InlineData("960229-1234567", true)]
    [InlineData("970229-1234567", false)]
    [InlineData("960121-7234567", false)]
    public void HasValidBirthDate_ReadsTheDateWithTheCenturyOfTheSexDigit(string value, bool expected) =>
        KrRrn.HasValidBirthDate(value).Should().Be(expected);

    // (11 - sum mod 11) mod 10 gives remainders 0 and 10 the same digit, so a change that moves the remainder
    // between those two is invisible to the official check; every other single-digit change must fail.
    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChangeTheFormulaCanSee() =>
        CheckProperties.Sample(
            Gen.Select(Gen.DateTime[new DateTime(1900, 1, 1), new DateTime(2020, 9, 30)], Gen.Int[0, 1], CheckProperties.Chars(CheckProperties.Digits, 5))
                .Select(t => $"{t.Item1:yyMMdd}{(t.Item1.Year < 2000 ? 1 : 3) + t.Item2}{t.Item3}?"),
            template =>
            {
                var rrn = CheckProperties.Complete(KrRrn.IsValid, template, CheckProperties.Digits);
                KrRrn.IsValid(rrn).Should().BeTrue();
                CheckProperties.SingleDigitChanges(rrn)
                    .Where(changed => KrRrn.HasValidBirthDate(changed) && !AliasedRemainders(rrn, changed))
                    .Count(changed => KrRrn.IsValid(changed))
                    .Should().Be(0);
            });

    private static bool AliasedRemainders(string a, string b) => (Remainder(a), Remainder(b)) is (0, 10) or (10, 0);

    private static int Remainder(string rrn)
    {
        int[] weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        return weights.Select((w, i) => w * (rrn[i] - '0')).Sum() % 11;
    }
}
