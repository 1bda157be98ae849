using PrivacyProxy.Detection.Rules;
using PrivacyProxy.Detection.Tests.Robustness;

namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>
/// Property: a value from any shipped rule's examples, encoded by a random chain of one to three encodings and
/// inserted at a random place in random prose, is found, and the finding covers the whole encoded run. (Only
/// where the same example, not encoded, is found at that place: some rules rightly weigh the words around.)
/// </summary>
public sealed class EncodedPlantPropertyTests
{
    private static readonly string[] Words =
    [
        "the", "build", "runs", "on", "every", "push", "and", "then", "we", "deploy", "it", "to", "staging", "after",
        "review", "lorem", "ipsum", "dolor", "sit", "amet", "notes", "from", "yesterday", "see", "below", "ok",
    ];

    private static readonly (string Name, Func<string, string> Apply)[] Encodings =
    [
        ("base64", Encode.Base64), ("base64url", Encode.Base64Url), ("hex", Encode.Hex), ("percent", Encode.PercentAll),
        ("decimal refs", Encode.DecimalReferences), ("hex refs", Encode.HexReferences), ("data URL", Encode.DataUrl),
        ("data URL percent", Encode.DataUrlPercent), ("base64 wrapped", t => Encode.Base64Wrapped(t, 76)),
    ];

    [Fact]
    public void Detect_EncodedPlantedExample_IsFoundAndCoversTheRun()
    {
        var detector = ShippedRules.Detector;
        var plants = Plants(detector);
        plants.Count.Should().BeGreaterThan(200, "the shipped packs hold hundreds of self-contained examples");
        var failures = new List<string>();
        var tested = 0;
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var (ruleId, plant) = plants[random.Next(plants.Count)];
            var chain = new List<string>();
            var run = plant;
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var (name, apply) = Encodings[random.Next(Encodings.Length)];
                run = apply(run);
                chain.Add(name);
            }

            var before = Prose(random, random.Next(0, 30)) + " ";
            var after = " " + Prose(random, random.Next(0, 30));
            if (!detector.Detect(before + plant + after).Any(f => f.Start < before.Length + plant.Length && f.End > before.Length))
            {
                continue;
            }

            tested++;
            var text = before + run + after;
            var start = before.Length;

            var findings = detector.Detect(text);

            SpanInvariants.Check(text, findings);
            if (!findings.Covers(start, start + run.Length))
            {
                failures.Add($"seed {seed}: {ruleId} example, encoded {string.Join(" of ", chain)}");
            }
        }

        tested.Should().BeGreaterThan(300, "most seeds must plant a value the plain scan finds");
        failures.Should().BeEmpty();
    }

    // Every match example the full detector finds on its own (a finding overlapping a marked span), whole.
    private static List<(string RuleId, string Text)> Plants(Detector detector)
    {
        var plants = new List<(string, string)>();
        foreach (var rule in detector.Rules.Rules)
        {
            foreach (var example in rule.Definition.MatchExamples)
            {
                if (!ExampleText.TryParse(example, out var text, out var spans) || spans.Count == 0 || text.Length > 600)
                {
                    continue;
                }

                var found = detector.Detect(text);
                if (spans.All(s => found.Any(f => f.Start < s.End && s.Start < f.End)))
                {
                    plants.Add((rule.Id, text));
                }
            }
        }

        return plants;
    }

    private static string Prose(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
