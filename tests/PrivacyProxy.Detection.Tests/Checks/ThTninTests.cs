using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class ThTninTests
{
    [Theory]
    [InlineData("1234567890121")]
    [InlineData("2345678901234")]
    [InlineData("5678901234560")]
    [InlineData("1220000000007")]
    [InlineData("1-2345-67890-12-1")]
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        ThTnin.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("1234567890123")] // wrong check digit
    [InlineData("0234567890124")] // person type 0
    [InlineData("1034567890124")] // province 03
    [InlineData("1594567890124")] // province 59
    [InlineData("0000000000000")]
    [InlineData("123456789012")]
    [InlineData("12345678901234")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        ThTnin.IsValid(value).Should().BeFalse();

    // Two blind spots of the official formula: the third digit is weighted 11 (0 mod 11), and (11 - sum mod 11) mod 10
    // gives remainders 0 and 10 the same digit. Every other single-digit change must fail.
    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChangeTheFormulaCanSee() =>
        CheckProperties.Sample(
            Gen.Select(Gen.Int[1, 8], Gen.Int[10, 27], CheckProperties.Chars(CheckProperties.Digits, 9)).Select(t => $"{t.Item1}{t.Item2}{t.Item3}?"),
            template =>
            {
                var tnin = CheckProperties.Complete(ThTnin.IsValid, template, CheckProperties.Digits);
                ThTnin.IsValid(tnin).Should().BeTrue();
                CheckProperties.SingleDigitChanges(tnin)
                    .Where(changed => changed[2] == tnin[2] && (Remainder(tnin), Remainder(changed)) is not ((0, 10) or (10, 0)))
                    .Count(changed => ThTnin.IsValid(changed))
                    .Should().Be(0);
            });

    private static int Remainder(string tnin) => Enumerable.Range(0, 12).Sum(i => (tnin[i] - '0') * (13 - i)) % 11;
}
