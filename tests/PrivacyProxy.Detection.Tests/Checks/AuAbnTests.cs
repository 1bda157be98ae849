using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class AuAbnTests
{
    [Theory]
    [InlineData("51 824 753 556")] // ABR's worked example
    [InlineData("51824753556")]
    [InlineData("53 004 085 616")]
    public void IsValid_ValidAbns_ReturnsTrue(string value) =>
        AuAbn.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("52 824 753 556")]
    [InlineData("00000000560")] // leading zero
    [InlineData("5182475355")]
    [InlineData("518247535561")]
    [InlineData("51824753556AF")]
    public void IsValid_InvalidAbns_ReturnsFalse(string value) =>
        AuAbn.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedAbns_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Int.Select(RandomAbn),
            abn => CheckProperties.AcceptsAndDetectsEveryDigitChange(AuAbn.IsValid, abn));

    /// <summary>Draws 11-digit numbers from <paramref name="seed"/> until one passes (about 1 in 89 does).</summary>
    private static string RandomAbn(int seed)
    {
        var random = new Random(seed);
        while (true)
        {
            var candidate = string.Concat(Enumerable.Range(0, 11).Select(_ => (char)('0' + random.Next(10))));
            if (AuAbn.IsValid(candidate))
            {
                return candidate;
            }
        }
    }
}
