using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Tests.RulePacks;

/// <summary>
/// Every rule of every shipped pack proves itself: each match example reports exactly its « » spans under that
/// rule, each noMatch example reports nothing from it. Runs the rule through the whole engine on its own
/// (anchors, windows, checks, context, allow lists). Failures name the example by index, not its text.
/// </summary>
public sealed class RuleExamplesTests
{
    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, id) in ShippedRules.RuleIds())
        {
            data.Add(file, id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_MatchExamples_ReportExactlyTheMarkedSpans(string file, string ruleId)
    {
        var detector = ShippedRules.Detector;
        var rule = detector.Rules.Find(ruleId);
        rule.Should().NotBeNull($"{file} defines {ruleId}");
        var index = 0;
        foreach (var example in rule!.Definition.MatchExamples)
        {
            index++;
            ExampleText.TryParse(example, out var text, out var expected).Should().BeTrue();
            var found = detector.DetectWithRule(text, ruleId).Select(f => (f.Start, f.End)).ToList();
            if (expected.Count == 0)
            {
                found.Should().NotBeEmpty($"{ruleId} match example #{index} must report something");
            }
            else
            {
                found.Should().Equal(expected, $"{ruleId} match example #{index} must report exactly its marked spans");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_NoMatchExamples_ReportNothing(string file, string ruleId)
    {
        var detector = ShippedRules.Detector;
        var rule = detector.Rules.Find(ruleId);
        rule.Should().NotBeNull($"{file} defines {ruleId}");
        var index = 0;
        foreach (var example in rule!.Definition.NoMatchExamples)
        {
            index++;
            var found = detector.DetectWithRule(example, ruleId).Select(f => (f.Start, f.End)).ToList();
            found.Should().BeEmpty($"{ruleId} noMatch example #{index} must report nothing");
        }
    }
}
