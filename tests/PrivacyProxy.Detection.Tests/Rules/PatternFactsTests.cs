using System.Text.RegularExpressions;
using CsCheck;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Tests.Rules;

public sealed class PatternFactsTests
{
    [Theory]
    [InlineData(@"\d{3}-\d{2}-\d{4}", 9, 11)]
    [InlineData(@"(?<![\w.-])(?:\d{4}[ -]?){3}\d{4}(?![\w-])", 16, 19)]
    [InlineData(@"[0-9]{2}|[A-Z]\d", 1, 2)]
    [InlineData(@"(?<ip>\d{1,3}\.(?<=(?:^|[^\w.:/-])\d{1,3}\.)\d{1,3}\.\d{1,3}\.\d{1,3})", 4, 15)]
    [InlineData(@"(?i)abc\d+", 1, null)]
    [InlineData(@"a(\d{2})\1", 2, null)]
    [InlineData(@"[^0-9]{5}", 0, 5)]
    [InlineData(@"[\w]{2}\d", 1, 3)]
    [InlineData(@"\p{Nd}{4}", 0, 4)]
    [InlineData(@"(?<s>[ -]?)\d{2}\k<s>\d", 3, 5)]
    [InlineData(@"(?x) \d{4} ", 0, null)]
    [InlineData(@"x(?(1)\d|\d\d)", 0, null)]
    [InlineData(@"(?:\d{2}){2,3}?(?=\d)", 4, 6)]
    public void Analyze_KnownPatterns_GivesSafeBounds(string pattern, int minDigits, int? maxLength)
    {
        PatternFacts.Analyze(pattern).Should().Be((minDigits, maxLength));
    }

    [Fact]
    public void Analyze_EveryShippedPattern_BoundsHoldOnItsMatchExamples()
    {
        foreach (var rule in ShippedRules.Detector.Rules.Rules.Where(r => r.Definition.Pattern is not null))
        {
            var (minDigits, maxLength) = PatternFacts.Analyze(rule.Definition.Pattern!);
            var regex = new Regex(rule.Definition.Pattern!, rule.Definition.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            foreach (var example in rule.Definition.MatchExamples)
            {
                ExampleText.TryParse(example, out var text, out _).Should().BeTrue();
                foreach (Match match in regex.Matches(text))
                {
                    match.Value.Count(char.IsAsciiDigit).Should().BeGreaterThanOrEqualTo(minDigits, rule.Id);
                    match.Length.Should().BeLessThanOrEqualTo(maxLength ?? int.MaxValue, rule.Id);
                }
            }
        }
    }

    [Fact]
    public void Analyze_RandomDigitPatterns_NeverOverstates()
    {
        string[] pieces = [@"\d", "[0-9]", "a", "[a-z0-9]", @"\d{2,3}", "(?:1|ab)", "(?=x)", "-", @"\d?", "[^a]", "(?:x|\\d\\d)"];
        var patterns = Gen.Int[0, pieces.Length - 1].Array[1, 6].Select(ix => string.Concat(ix.Select(i => pieces[i])));
        var inputs = Gen.Int[0, 9].Array[0, 30].Select(ix => new string(ix.Select(i => "0123456789abx-"[i]).ToArray()));

        Gen.Select(patterns, inputs).Sample((pattern, input) =>
        {
            var (minDigits, maxLength) = PatternFacts.Analyze(pattern);
            return Regex.Matches(input, pattern).All(m => m.Value.Count(char.IsAsciiDigit) >= minDigits && m.Length <= (maxLength ?? int.MaxValue));
        });
    }
}
