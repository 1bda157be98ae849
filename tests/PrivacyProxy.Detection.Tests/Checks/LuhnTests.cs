using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class LuhnTests
{
    [Theory]
    [InlineData("79927398713")]
    [InlineData("4539 1488 0343 6467")]
    [InlineData("4539-1488-0343-6467")]
    [InlineData("0")]
    public void IsValid_LuhnNumber_MatchesStandardAlgorithm(string value) =>
        Luhn.IsValid(value).Should().Be(value.Length > 1);

    [Theory]
    [InlineData("79927398710")]
    [InlineData("4539 1488 0343 6468")]
    [InlineData("4539x1488")]
    [InlineData("")]
    public void IsValid_WrongCheckDigitOrCharacters_ReturnsFalse(string value) =>
        Luhn.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Int[1, 18].SelectMany(n => CheckProperties.Chars(CheckProperties.Digits, n)),
            payload => CheckProperties.AcceptsAndDetectsEveryDigitChange(Luhn.IsValid, payload + CheckDigit(payload)));

    /// <summary>Independent Luhn check digit: double every second digit from the right of the payload.</summary>
    internal static char CheckDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
