using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class CaSinTests
{
    [Theory]
    [InlineData("130 692 544")]
    [InlineData("435 418 165")]
    [InlineData("948 584 792")]
    [InlineData("347-677-452")]
    [InlineData("731-530-150")]
    [InlineData("550090112")]
    [InlineData("046 454 286")]
    public void IsValid_Luhn_AcceptsExactlyTheValidOnes(string value) =>
        CaSin.IsValid(value).Should().Be(value[0] != '0');

    [Theory]
    [InlineData("130 692 545")]
    [InlineData("435-418-166")]
    [InlineData("812 345 678")] // 8 is for business numbers
    [InlineData("111 111 111")]
    [InlineData("999 999 999")]
    [InlineData("13069254")]
    [InlineData("1306925440")]
    public void IsValid_InvalidSins_ReturnsFalse(string value) =>
        CaSin.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedSins_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Int[1, 7].SelectMany(f => CheckProperties.Chars(CheckProperties.Digits, 7).Select(s => f + s))
                .Where(p => p.Distinct().Count() > 1),
            payload => CheckProperties.AcceptsAndDetectsEveryDigitChange(CaSin.IsValid, payload + LuhnTests.CheckDigit(payload)));
}
