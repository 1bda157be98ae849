using System.Text.RegularExpressions;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Redaction.Tests.TestKit;

/// <summary>
/// Test double that behaves like the real engine at word boundaries: a card of four groups is taken only when no
/// letter or digit touches it, and an e-mail address greedily takes every letter that follows its domain.
/// </summary>
internal sealed partial class BoundedPatternDetector : IDetector
{
    public IReadOnlyList<Finding> Detect(string text)
    {
        var findings = new List<Finding>();
        foreach (Match match in Pattern().Matches(text))
        {
            bool card = match.Groups["card"].Success;
            findings.Add(new Finding(
                match.Index, match.Index + match.Length, card ? Categories.Financial : Categories.Contact,
                card ? "CREDIT_CARD" : "EMAIL", card ? "bounded-card" : "bounded-email"));
        }

        return findings;
    }

    [GeneratedRegex(@"(?<card>(?<![\p{L}\p{Nd}])\d{4}(?: ?\d{4}){3}(?![\p{L}\p{Nd}]))|(?<email>[a-z.]+@[a-z-]+(?:\.[A-Za-z]+)+)")]
    private static partial Regex Pattern();
}
