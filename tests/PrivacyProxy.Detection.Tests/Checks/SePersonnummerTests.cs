using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class SePersonnummerTests
{
    [Theory]
    [InlineData("811228-9874")]   // Skatteverket's example
    [InlineData("8112289874")]
    [InlineData("19811228-9874")]
    [InlineData("189004119807")]
    [InlineData("871220-2384")]
    [InlineData("9201232387")]
    [InlineData("811228+9874")]   // over 100 years old
    [InlineData("701063-2391")]   // coordination number: day + 60
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        SePersonnummer.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("811228-9875")]
    [InlineData("19000309-3393")]
    [InlineData("19001309-2393")] // month 13
    [InlineData("200504422381")]  // day 42
    [InlineData("189x09179809")]
    [InlineData("18970c17-9809")]
    [InlineData("81122-89874")]
    [InlineData("81122898741")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        SePersonnummer.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.DateTime[new DateTime(1900, 1, 1), new DateTime(2020, 12, 31)], CheckProperties.Chars(CheckProperties.Digits, 3))
                .Select(t => $"{t.Item1:yyMMdd}-{t.Item2}?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                SePersonnummer.IsValid, CheckProperties.Complete(SePersonnummer.IsValid, template, CheckProperties.Digits)));
}
