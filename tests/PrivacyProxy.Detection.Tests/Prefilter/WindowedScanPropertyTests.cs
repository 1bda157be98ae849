using System.Text.RegularExpressions;
using CsCheck;
using PrivacyProxy.Detection.Tests.Rules;

namespace PrivacyProxy.Detection.Tests.Prefilter;

/// <summary>
/// The prefilter and windows lose nothing: on random texts, rules run through the engine (anchors, merged
/// windows, bounded spans, re-scans of matches longer than their window) report exactly what their regex finds on
/// the whole text.
/// The rules match disjoint character sets, so no overlap resolution is involved.
/// </summary>
public sealed class WindowedScanPropertyTests : IDisposable
{
    private static readonly string[] Patterns =
    [
        "foo|b\u00e4r|zq",
        @"(?<!\d)\d{3,6}(?!\d)",
        "(?<![A-Z])[A-Z]{2,4}(?![A-Z])",
        "<<[mn]{1,3000}",
        "\u0906\u0927\u093e\u0930",
    ];

    private static readonly string[] Tokens =
    [
        "foo", "FOO", "Foo", "b\u00e4r", "B\u00c4R", "zq", "ZQ", "fo", "o", " ", "\n", ".", "-", "1", "12", "123", "4567",
        "1234567", "A", "AB", "ABCDE", "x", "<<", ">>", "mnmnmnmnmn", new string('m', 700), new string('n', 2500),
        "\u0906\u0927\u093e\u0930", "\u0906", "\0", "\ud800", "\udc00", "\u00e9",
    ];

    private readonly TempRules _rules = new();
    private readonly Detector _detector;

    public WindowedScanPropertyTests()
    {
        string Rule(string id, string anchors, string pattern, int window) =>
            $$$"""
            {"id": "{{{id}}}", "type": "EMAIL", "description": "d", "source": "s", "anchors": {{{anchors}}},
             "pattern": {{{System.Text.Json.JsonSerializer.Serialize(pattern)}}}, "window": {{{window}}},
             "examples": {"match": ["x"], "noMatch": ["y"]}}
            """;
        _rules.With("contact.json", $$"""
            {"category": "CONTACT", "description": "test", "rules": [
              {{Rule("lit", "[\"foo\", \"b\u00e4r\", \"zq\"]", Patterns[0], 4)}},
              {{Rule("digits", "[\"{digit:3}\"]", Patterns[1], 8)}},
              {{Rule("upper", "[\"{upper}\"]", Patterns[2], 8)}},
              {{Rule("long", "[\"<<\"]", Patterns[3], 16)}},
              {{Rule("devanagari", "[\"\u0906\u0927\u093e\u0930\"]", Patterns[4], 4)}}
            ]}
            """);
        _detector = Detector.Load(_rules.Path);
    }

    [Fact]
    public void Detect_RandomTexts_EqualsTheRegexesOnTheWholeText()
    {
        var texts = Gen.Int[0, Tokens.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Tokens[i])));

        texts.Sample(
            text => Spans(_detector.DetectAsWritten(text)).SequenceEqual(Expected(text)),
            iter: 500,
            print: text => $"(text of {text.Length} chars) extra {string.Join(",", Spans(_detector.DetectAsWritten(text)).Except(Expected(text)))} missing {string.Join(",", Expected(text).Except(Spans(_detector.DetectAsWritten(text))))}");
    }

    public void Dispose() => _rules.Dispose();

    private static IEnumerable<(int, int)> Spans(IReadOnlyList<Finding> findings) => findings.Select(f => (f.Start, f.End));

    private static IEnumerable<(int, int)> Expected(string text) =>
        Patterns.SelectMany(p => Regex.Matches(text, p, RegexOptions.CultureInvariant).Select(m => (m.Index, m.Index + m.Length)))
            .Order();
}
