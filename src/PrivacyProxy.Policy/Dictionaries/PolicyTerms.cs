using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>A policy's compiled term lists: the deny terms of all its dictionaries in one matcher, and its allow terms.</summary>
internal sealed class PolicyTerms(TermMatcher deny, IReadOnlyList<DenyTerm> labels, TermMatcher allow)
{
    public bool IsEmpty => deny.IsEmpty && allow.IsEmpty;

    public bool HasAllowTerms => !allow.IsEmpty;

    /// <summary>Deny-term findings in start order (they may overlap one another).</summary>
    public List<Finding> FindDenied(string text)
    {
        var matches = new List<TermMatch>();
        deny.FindAll(text, matches);
        var findings = new List<Finding>(matches.Count);
        foreach (var match in matches)
        {
            var label = labels[match.Label];
            findings.Add(new Finding(match.Start, match.End, PolicyCategories.Custom, label.Type, label.RuleId));
        }

        return findings;
    }

    /// <summary>Allow-term occurrences in start order.</summary>
    public List<TermMatch> FindAllowed(string text)
    {
        var matches = new List<TermMatch>();
        allow.FindAll(text, matches);
        return matches;
    }
}
