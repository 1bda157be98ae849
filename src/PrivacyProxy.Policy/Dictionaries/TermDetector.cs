using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>
/// A detector with a policy's terms on top: the rules' findings plus deny-term findings, less every finding lying
/// wholly inside an allow-term occurrence, overlaps resolved so <see cref="IDetector.Detect"/>'s contract holds.
/// </summary>
internal sealed class TermDetector(IDetector rules, PolicyTerms terms) : IDetector
{
    public IReadOnlyList<Finding> Detect(string text)
    {
        var found = rules.Detect(text);
        var denied = terms.FindDenied(text);
        if (denied.Count == 0 && (found.Count == 0 || !terms.HasAllowTerms))
        {
            return found;
        }

        var all = new List<(Finding Finding, bool FromRule)>(found.Count + denied.Count);
        foreach (var finding in found)
        {
            all.Add((finding, true));
        }

        foreach (var finding in denied)
        {
            all.Add((finding, false));
        }

        all.Sort(static (a, b) => a.Finding.Start != b.Finding.Start
            ? a.Finding.Start.CompareTo(b.Finding.Start)
            : b.Finding.End.CompareTo(a.Finding.End));
        if (terms.HasAllowTerms)
        {
            DropAllowed(all, terms.FindAllowed(text));
        }

        return OverlapResolver.Resolve(all);
    }

    // Both lists are in start order; a finding is inside some occurrence exactly when the furthest end among the
    // occurrences starting at or before it reaches its end.
    private static void DropAllowed(List<(Finding Finding, bool FromRule)> all, List<TermMatch> allowed)
    {
        if (allowed.Count == 0)
        {
            return;
        }

        var next = 0;
        var reach = -1;
        all.RemoveAll(item =>
        {
            while (next < allowed.Count && allowed[next].Start <= item.Finding.Start)
            {
                reach = Math.Max(reach, allowed[next].End);
                next++;
            }

            return reach >= item.Finding.End;
        });
    }
}
