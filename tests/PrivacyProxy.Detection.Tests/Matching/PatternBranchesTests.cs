using PrivacyProxy.Detection.Matching;

namespace PrivacyProxy.Detection.Tests.Matching;

public sealed class PatternBranchesTests
{
    [Theory]
    [InlineData("abc|def", new[] { "abc", "def" })]
    [InlineData("(?i)abc|def", new[] { "(?i)abc", "(?i)def" })]
    [InlineData("(a|b)c|d[|]e", new[] { "(a|b)c", "d[|]e" })]
    [InlineData(@"a\|b|c", new[] { @"a\|b", "c" })]
    [InlineData("[]|]x|y", new[] { "[]|]x", "y" })]
    [InlineData("[a-z-[|]]x|y", new[] { "[a-z-[|]]x", "y" })]
    public void Split_TopLevelAlternation_GivesEachBranch(string pattern, string[] expected)
    {
        PatternBranches.Split(pattern).Should().Equal(expected);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("(abc|def)")]
    [InlineData("a(?i)b|c")]
    [InlineData("(?x)a # x|y\n|b")]
    [InlineData("[abc|def]")]
    public void Split_NothingSafeToSplit_KeepsPatternWhole(string pattern)
    {
        PatternBranches.Split(pattern).Should().Equal(pattern);
    }
}
