using System.Text;

namespace PrivacyProxy.Policy;

/// <summary>
/// A policy's verdict on one request: the strictest action over its findings, the findings counted per
/// (category, type, rule) in first-appearance order (allowed ones left out), and those that block. Counts only.
/// </summary>
public sealed record PolicyDecision(
    string PolicyName,
    PolicyAction Action,
    IReadOnlyList<FindingCount> Findings,
    IReadOnlyList<FindingCount> Blocking)
{
    /// <summary>Counts per category in first-appearance order, <c>SECRET=2,CONTACT=1</c>; empty when nothing was found.</summary>
    public string CategoryCounts
    {
        get
        {
            var categories = new List<(string Category, int Count)>();
            foreach (var finding in Findings)
            {
                var at = categories.FindIndex(c => string.Equals(c.Category, finding.Category, StringComparison.Ordinal));
                if (at < 0)
                {
                    categories.Add((finding.Category, finding.Count));
                }
                else
                {
                    categories[at] = (finding.Category, categories[at].Count + finding.Count);
                }
            }

            var text = new StringBuilder();
            foreach (var (category, count) in categories)
            {
                text.Append(text.Length == 0 ? "" : ",").Append(category).Append('=').Append(count);
            }

            return text.ToString();
        }
    }
}
