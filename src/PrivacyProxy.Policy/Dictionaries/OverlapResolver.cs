using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>
/// Makes rule and deny-term findings one ordered, non-overlapping list: of findings that overlap, the longest
/// names the result (ties: the rule's, then the earliest); a partial overlap becomes one span covering all of
/// them, so no part of either value is left in the clear.
/// </summary>
internal static class OverlapResolver
{
    /// <param name="sorted">By start, then the widest first.</param>
    public static IReadOnlyList<Finding> Resolve(List<(Finding Finding, bool FromRule)> sorted)
    {
        var resolved = new List<Finding>(sorted.Count);
        var i = 0;
        while (i < sorted.Count)
        {
            var label = sorted[i];
            var end = label.Finding.End;
            var j = i + 1;
            for (; j < sorted.Count && sorted[j].Finding.Start < end; j++)
            {
                var other = sorted[j];
                end = Math.Max(end, other.Finding.End);
                if (other.Finding.Length > label.Finding.Length
                    || (other.Finding.Length == label.Finding.Length && other.FromRule && !label.FromRule))
                {
                    label = other;
                }
            }

            resolved.Add(label.Finding with { Start = sorted[i].Finding.Start, End = end });
            i = j;
        }

        return resolved;
    }
}
