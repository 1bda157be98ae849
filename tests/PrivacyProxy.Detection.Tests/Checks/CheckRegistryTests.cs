using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class CheckRegistryTests
{
    [Fact]
    public void Names_MatchTheChecksTableOfTheRulesReadme()
    {
        var readme = File.ReadAllText(RepositoryFiles.Rules("README.md"));
        var table = readme[readme.IndexOf("## Checks", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", StringComparison.Ordinal)];
        var firstCells = table.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('|')[1]);
        var documented = firstCells.SelectMany(c => Regex.Matches(c, "`([a-z0-9-]+)`").Select(m => m.Groups[1].Value)).ToHashSet();

        CheckRegistry.Names.Should().BeEquivalentTo(documented);
    }

    [Fact]
    public void TryGet_EveryName_ReturnsACheck()
    {
        foreach (var name in CheckRegistry.Names)
        {
            CheckRegistry.TryGet(name, out var check).Should().BeTrue(name);
            check.Should().NotBeNull(name);
        }
    }

    [Theory]
    [InlineData("Luhn")]
    [InlineData("md5")]
    [InlineData("")]
    public void TryGet_UnknownName_ReturnsFalse(string name) =>
        CheckRegistry.TryGet(name, out _).Should().BeFalse();

    [Fact]
    public void TryGet_Luhn_RunsTheLuhnCheck()
    {
        CheckRegistry.TryGet("luhn", out var luhn).Should().BeTrue();
        luhn("79927398713").Should().BeTrue();
        luhn("79927398710").Should().BeFalse();
    }
}
