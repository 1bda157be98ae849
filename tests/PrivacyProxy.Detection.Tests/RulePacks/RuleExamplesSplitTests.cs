using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Tests.RulePacks;

/// <summary>
/// Every shipped rule's examples behave the same when all leading lookbehinds are run apart from their patterns
/// (the engine does so only where it measures faster, so the default run covers some rules and this one all).
/// </summary>
public sealed class RuleExamplesSplitTests
{
    [Fact]
    public void Rules_WithEveryLeadingLookbehindSplit_KeepTheirExamples()
    {
        var detector = Detector.FromRuleSet(RuleSetCompiler.Compile(ShippedRules.Directory, RuleLimits.MatchTimeout, LookbehindSplit.Always));
        var failures = new List<string>();
        foreach (var rule in detector.Rules.Rules)
        {
            var index = 0;
            foreach (var example in rule.Definition.MatchExamples)
            {
                index++;
                ExampleText.TryParse(example, out var text, out var expected).Should().BeTrue();
                var found = detector.DetectWithRule(text, rule.Id).Select(f => (f.Start, f.End)).ToList();
                if (expected.Count > 0 ? !found.SequenceEqual(expected) : found.Count == 0)
                {
                    failures.Add($"{rule.Id} match #{index}");
                }
            }

            index = 0;
            foreach (var example in rule.Definition.NoMatchExamples)
            {
                index++;
                if (detector.DetectWithRule(example, rule.Id).Count > 0)
                {
                    failures.Add($"{rule.Id} noMatch #{index}");
                }
            }
        }

        detector.Rules.Rules.SelectMany(r => r.Branches).Count(b => b.Lead is not null).Should().BeGreaterThan(100);
        failures.Should().BeEmpty();
    }
}
