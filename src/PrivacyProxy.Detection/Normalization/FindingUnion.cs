namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Merges the findings of a view (mapped back to the source) into those of the source. Where a finding of one
/// overlaps a finding of the other, the result covers both spans, so nothing either view found is left out; it
/// keeps the type of the longer. Both inputs and the output are sorted and never overlap.
/// </summary>
internal static class FindingUnion
{
    /// <param name="findings">Findings in source offsets.</param>
    /// <param name="viewFindings">Findings in offsets of <paramref name="view"/>.</param>
    /// <param name="view">The view they were found in.</param>
    /// <param name="outer">The view <paramref name="view"/> was built from, or null when built from the source.</param>
    public static Finding[] Merge(Finding[] findings, Finding[] viewFindings, TextView view, TextView? outer)
    {
        if (viewFindings.Length == 0)
        {
            return findings;
        }

        var mapped = new Finding[viewFindings.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            var f = viewFindings[i];
            var (start, end) = view.ToSource(f.Start, f.End);
            if (outer is not null)
            {
                (start, end) = outer.ToSource(start, end);
            }

            mapped[i] = f with { Start = start, End = end };
        }

        if (findings.Length == 0)
        {
            return mapped;
        }

        var merged = new List<Finding>(findings.Length + mapped.Length);
        int a = 0, b = 0;
        while (a < findings.Length || b < mapped.Length)
        {
            var next = b == mapped.Length || (a < findings.Length && findings[a].Start <= mapped[b].Start)
                ? findings[a++]
                : mapped[b++];
            if (merged.Count > 0 && next.Start < merged[^1].End)
            {
                var last = merged[^1];
                var wider = next.Length > last.Length ? next : last;
                merged[^1] = wider with { Start = last.Start, End = Math.Max(last.End, next.End) };
                continue;
            }

            merged.Add(next);
        }

        return [.. merged];
    }
}
