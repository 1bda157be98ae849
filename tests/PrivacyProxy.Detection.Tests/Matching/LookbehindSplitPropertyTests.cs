using System.Text.RegularExpressions;
using CsCheck;
using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Rules;
using PrivacyProxy.Detection.Tests.Rules;

namespace PrivacyProxy.Detection.Tests.Matching;

/// <summary>
/// Running leading lookbehinds apart (table for one character, anchored regex otherwise) finds exactly what the
/// whole regex finds: on random texts, the engine compiled with and without the split equals each regex run on
/// the whole text. The rules match disjoint characters, so no overlap resolution is involved.
/// </summary>
public sealed class LookbehindSplitPropertyTests : IDisposable
{
    private static readonly (string Pattern, RegexOptions Options)[] Patterns =
    [
        (@"(?<![\w.-])\d{3}-\d{2}", RegexOptions.None),
        ("(?<=[:=] ?)[a-f]{3}", RegexOptions.None),
        ("(?<![g-k])(?<!q)xyz", RegexOptions.IgnoreCase),
    ];

    private static readonly string[] Tokens =
    [
        "1", "12", "123", "-", "45", "123-45", ".", " ", "_", "a", "abc", "fed", ":", "=", ": ", "x", "xyz", "XYZ", "g", "K",
        "q", "Q", "\u00e9", "\ud800",
    ];

    private readonly TempRules _rules = new();

    public LookbehindSplitPropertyTests()
    {
        _rules.With("contact.json", """
            {"category": "CONTACT", "description": "test", "rules": [
              {"id": "digits", "type": "EMAIL", "description": "d", "source": "s", "anchors": ["{digit}"],
               "pattern": "(?<![\\w.-])\\d{3}-\\d{2}", "examples": {"match": ["x"], "noMatch": ["y"]}},
              {"id": "after-colon", "type": "EMAIL", "description": "d", "source": "s", "anchors": [":", "="],
               "pattern": "(?<=[:=] ?)[a-f]{3}", "examples": {"match": ["x"], "noMatch": ["y"]}},
              {"id": "xyz", "type": "EMAIL", "description": "d", "source": "s", "anchors": ["xyz"], "ignoreCase": true,
               "pattern": "(?<![g-k])(?<!q)xyz", "examples": {"match": ["x"], "noMatch": ["y"]}}
            ]}
            """);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Detect_RandomTexts_EqualsTheWholeRegexes(bool splitLookbehinds)
    {
        var split = splitLookbehinds ? LookbehindSplit.Always : LookbehindSplit.Never;
        var detector = Detector.FromRuleSet(RuleSetCompiler.Compile(_rules.Path, RuleLimits.MatchTimeout, split));
        var texts = Gen.Int[0, Tokens.Length - 1].Array[0, 40].Select(ix => string.Concat(ix.Select(i => Tokens[i])));

        texts.Sample(
            text => detector.DetectAsWritten(text).Select(f => (f.Start, f.End)).SequenceEqual(Expected(text)),
            iter: 500,
            print: text => $"(text of {text.Length} chars)");
        detector.Rules.Rules.SelectMany(r => r.Branches).Count(b => b.Lead is not null).Should().Be(split == LookbehindSplit.Always ? 3 : 0);
    }

    public void Dispose() => _rules.Dispose();

    private static IEnumerable<(int, int)> Expected(string text) =>
        Patterns.SelectMany(p => Regex.Matches(text, p.Pattern, p.Options | RegexOptions.CultureInvariant).Select(m => (m.Index, m.Index + m.Length)))
            .Order();
}
