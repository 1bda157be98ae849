using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class FrInseeTests
{
    [Theory]
    [InlineData("2 69 05 49 588 157 80")] // the INSEE documentation example
    [InlineData("269054958815780")]
    [InlineData("1 85 05 78 006 084 91")]
    [InlineData("1 85 05 2A 006 084 35")] // Corsica: 2A counts as 19
    [InlineData("1 85 05 2B 006 084 62")] // 2B counts as 18
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        FrInsee.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("2 69 05 49 588 157 81")]
    [InlineData("5 69 05 49 588 157 80")] // no sex digit 5
    [InlineData("2 69 15 49 588 157 80")] // month 15
    [InlineData("2 69 05 49 588 157")]
    [InlineData("1 85 05 2C 006 084 35")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        FrInsee.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.Int[1, 2], CheckProperties.Chars(CheckProperties.Digits, 2), Gen.Int[1, 12], CheckProperties.Chars(CheckProperties.Digits, 8))
                .Select(t => $"{t.Item1}{t.Item2}{t.Item3:D2}{t.Item4}??"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                FrInsee.IsValid, CheckProperties.Complete(FrInsee.IsValid, template, CheckProperties.Digits)),
            iter: 50);
}
