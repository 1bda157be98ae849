using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class PlPeselTests
{
    [Theory]
    [InlineData("44051401458")]
    [InlineData("02070803628")]
    [InlineData("11111111116")]
    [InlineData("02270803624")] // born 2002: month + 20
    public void IsValid_ValidPesels_ReturnsTrue(string value) =>
        PlPesel.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("44051401459")]
    [InlineData("85040812345")]
    [InlineData("1111321111")]
    [InlineData("11110021111")] // month 00
    [InlineData("44023101453")] // 31 February
    public void IsValid_InvalidPesels_ReturnsFalse(string value) =>
        PlPesel.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedPesels_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.DateTime[new DateTime(1900, 1, 1), new DateTime(2099, 12, 31)], CheckProperties.Chars(CheckProperties.Digits, 4))
                .Select(t => $"{t.Item1.Year % 100:D2}{t.Item1.Month + (t.Item1.Year >= 2000 ? 20 : 0):D2}{t.Item1.Day:D2}{t.Item2}?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                PlPesel.IsValid, CheckProperties.Complete(PlPesel.IsValid, template, CheckProperties.Digits)));
}
