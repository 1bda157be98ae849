using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Warming;

/// <summary>
/// What a warm-up scans: every rule's own pack examples (match and no-match, markers removed), which by
/// construction reach every rule's regexes, word lists, checks and recognizers, with the rule they belong to.
/// </summary>
internal static class WarmUpCorpus
{
    public static IEnumerable<(string Text, int Rule)> Of(RuleSet rules)
    {
        foreach (var rule in rules.Rules)
        {
            foreach (var example in rule.Definition.MatchExamples.Concat(rule.Definition.NoMatchExamples))
            {
                if (ExampleText.TryParse(example, out var text, out _))
                {
                    yield return (text, rule.Index);
                }
            }
        }
    }
}
