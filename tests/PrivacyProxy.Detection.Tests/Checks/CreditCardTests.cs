using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class CreditCardTests
{
    // Network test numbers (Stripe/Adyen/PayPal documentation) and Presidio's cases.
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4012-8888-8888-1881")]
    [InlineData("4012 8888 8888 1881")]
    [InlineData("5555555555554444")]
    [InlineData("2223003122003222")]
    [InlineData("371449635398431")]
    [InlineData("378282246310005")]
    [InlineData("6011000400000000")]
    [InlineData("3528000700000000")]
    [InlineData("30569309025904")]
    [InlineData("6759649826438453")]
    [InlineData("5019717010103742")]
    [InlineData("122000000000003")]
    [InlineData("6200000000000005")]
    [InlineData("4222222222222")]
    public void IsValid_IssuerTestNumbers_ReturnsTrue(string value) =>
        CreditCard.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("4012-8888-8888-1882")] // Luhn fails
    [InlineData("36168002586008")]      // Luhn fails
    [InlineData("1748503543012")]       // UATP prefix with a 13-digit length
    [InlineData("7000000000000006")]    // no issuer starts with 7
    [InlineData("3714496353984310")]    // Amex prefix at 16 digits
    [InlineData("0000000000000000")]
    [InlineData("41111111111")]         // too short
    [InlineData("675971558191")]        // 12-digit Maestro: allowed by the network, but ids of that shape are far commoner
    [InlineData("4111 1111 1111 111a")]
    public void IsValid_NotACardNumber_ReturnsFalse(string value) =>
        CreditCard.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedVisaAndMastercard_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.OneOf(
                CheckProperties.Chars(CheckProperties.Digits, 14).Select(s => "4" + s),
                Gen.Int[51, 55].SelectMany(p => CheckProperties.Chars(CheckProperties.Digits, 13).Select(s => p + s)),
                CheckProperties.Chars(CheckProperties.Digits, 12).Select(s => "37" + s)),
            payload => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                CreditCard.IsValid, payload + LuhnTests.CheckDigit(payload)));
}
