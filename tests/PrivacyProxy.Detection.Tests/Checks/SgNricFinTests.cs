using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class SgNricFinTests
{
    [Theory]
    [InlineData("S2740116C")]
    [InlineData("F2346401L")]
    [InlineData("M4332674T")]
    [InlineData("S9108268C")]
    [InlineData("T7572225C")]
    [InlineData("s2740116c")]
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        SgNricFin.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("S2740116D")] // wrong check letter
    [InlineData("T1234567Z")]
    [InlineData("A2740116C")] // unknown prefix
    [InlineData("PA12348L")]
    [InlineData("S274011C")]
    [InlineData("S27401160")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        SgNricFin.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.Int[0, 4], CheckProperties.Chars(CheckProperties.Digits, 7)).Select(t => $"{"STFGM"[t.Item1]}{t.Item2}?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                SgNricFin.IsValid, CheckProperties.Complete(SgNricFin.IsValid, template, "ABCDEFGHIJKLMNPQRTUWXZ")));
}
