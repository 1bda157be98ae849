using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class InGstinTests
{
    private const string Base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    [Theory]
    [InlineData("27AAPFU0939F1ZV")]
    [InlineData("27aapfu0939f1zv")]
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        InGstin.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("27AAPFU0939F1ZW")] // wrong check character
    [InlineData("27AAPFU0939F1YV")] // no Z
    [InlineData("00AAPFU0939F1ZV")] // state 00
    [InlineData("27AAPDU0939F1ZV")] // PAN holder type D
    [InlineData("27ABCDE1234F1Z5")] // Presidio's sample: right shape, wrong check character
    [InlineData("27AAPFU0939F1Z")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        InGstin.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.Int[1, 37], CheckProperties.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3), Gen.Int[0, 9], CheckProperties.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2), Gen.Int[1, 9999], Gen.Int[1, 9])
                .Select(t => $"{t.Item1:D2}{t.Item2}{"ABCFGHJLPT"[t.Item3]}{t.Item4[0]}{t.Item5:D4}{t.Item4[1]}{t.Item6}Z?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                InGstin.IsValid, CheckProperties.Complete(InGstin.IsValid, template, Base36)));
}
