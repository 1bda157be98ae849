using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class DeTaxIdTests
{
    [Theory]
    [InlineData("12345678903")]
    [InlineData("98765432106")]
    [InlineData("86095742719")] // BZSt example
    [InlineData("65929970489")]
    public void IsValid_ValidTaxIds_ReturnsTrue(string value) =>
        DeTaxId.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("12345678901")]
    [InlineData("98765432100")]
    [InlineData("02345678901")]  // leading zero
    [InlineData("1234567890")]
    [InlineData("123456789030")]
    [InlineData("11111111111")]
    [InlineData("11112345678")]  // a digit four times
    [InlineData("11223456789")]  // two repeated digits
    public void IsValid_InvalidTaxIds_ReturnsFalse(string value) =>
        DeTaxId.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedTaxIds_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.Int, Gen.Int[1, 9]).Select(t => TenDigitsWithOneRepeat(t.Item1, t.Item2)).Where(p => p[0] != '0'),
            payload => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                DeTaxId.IsValid, CheckProperties.Complete(DeTaxId.IsValid, payload + "?", CheckProperties.Digits)),
            iter: 300);

    /// <summary>Ten digits, all distinct except that the digit at <paramref name="copyFrom"/> appears twice.</summary>
    private static string TenDigitsWithOneRepeat(int seed, int copyFrom)
    {
        var digits = CheckProperties.Digits.ToCharArray();
        new Random(seed).Shuffle(digits);
        digits[copyFrom == 9 ? 8 : 9] = digits[copyFrom == 9 ? 0 : copyFrom];
        return new string(digits);
    }
}
