using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class AbaRoutingTests
{
    [Theory]
    [InlineData("121000358")]
    [InlineData("3222-7162-7")]
    [InlineData("121042882")]
    [InlineData("0711-0130-7")]
    [InlineData("011000015")]
    public void IsValid_PublishedRoutingNumbers_ReturnsTrue(string value) =>
        AbaRouting.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("421042111")]   // 42 is no Federal Reserve routing symbol
    [InlineData("1234-0000-0")] // checksum fails
    [InlineData("121000359")]
    [InlineData("000000000")]
    [InlineData("12100035")]
    [InlineData("1210003580")]
    public void IsValid_NotARoutingNumber_ReturnsFalse(string value) =>
        AbaRouting.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedRoutingNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.OneOf(Gen.Int[1, 12], Gen.Int[21, 32], Gen.Int[61, 72]), CheckProperties.Chars(CheckProperties.Digits, 6))
                .Select(t => t.Item1.ToString("00") + t.Item2 + "?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                AbaRouting.IsValid, CheckProperties.Complete(AbaRouting.IsValid, template, CheckProperties.Digits)));
}
