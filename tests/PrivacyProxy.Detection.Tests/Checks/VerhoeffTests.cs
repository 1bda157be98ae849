using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class VerhoeffTests
{
    [Theory]
    [InlineData("2363")]  // Verhoeff's worked example: 236 -> check 3
    [InlineData("12340")]
    [InlineData("312345678909")]
    public void IsValid_KnownCheckDigits_ReturnsTrue(string value) =>
        Verhoeff.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("2364")]
    [InlineData("3263")] // adjacent transposition
    [InlineData("12341")]
    public void IsValid_WrongCheckDigitOrTransposition_ReturnsFalse(string value) =>
        Verhoeff.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChangeAndAdjacentTransposition() =>
        CheckProperties.Sample(
            Gen.Int[1, 15].SelectMany(n => CheckProperties.Chars(CheckProperties.Digits, n)),
            payload =>
            {
                var valid = CheckProperties.Complete(Verhoeff.IsValid, payload + "?", CheckProperties.Digits);
                CheckProperties.AcceptsAndDetectsEveryDigitChange(Verhoeff.IsValid, valid);
                for (var i = 0; i + 1 < valid.Length; i++)
                {
                    if (valid[i] != valid[i + 1])
                    {
                        var swapped = valid.ToCharArray();
                        (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                        Verhoeff.IsValid(new string(swapped)).Should().BeFalse("Verhoeff detects adjacent transpositions");
                    }
                }
            });
}
