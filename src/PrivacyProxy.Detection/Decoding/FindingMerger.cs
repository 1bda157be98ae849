namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Merges the findings of encoded runs into the plain ones, keeping Detect's contract (ordered, never
/// overlapping): a run finding replaces the plain findings inside it, a plain finding that already covers the
/// whole run (a JWT, a Basic header value) stands, and a partial overlap becomes one span covering both.
/// </summary>
internal static class FindingMerger
{
    public static Finding[] Merge(Finding[] plain, List<Finding> encoded)
    {
        var all = new List<(Finding Finding, bool Encoded)>(plain.Length + encoded.Count);
        foreach (var finding in plain)
        {
            all.Add((finding, false));
        }

        foreach (var finding in encoded)
        {
            all.Add((finding, true));
        }

        // Earliest first, and the widest of those first, so a group starts with the finding that may cover it.
        all.Sort(static (a, b) => a.Finding.Start != b.Finding.Start
            ? a.Finding.Start.CompareTo(b.Finding.Start)
            : b.Finding.End.CompareTo(a.Finding.End));

        var merged = new List<Finding>(all.Count);
        var i = 0;
        while (i < all.Count)
        {
            var first = all[i];
            var end = first.Finding.End;
            (Finding Finding, bool Encoded)? label = first.Encoded ? first : null;
            var j = i + 1;
            for (; j < all.Count && all[j].Finding.Start < end; j++)
            {
                end = Math.Max(end, all[j].Finding.End);
                label ??= all[j].Encoded ? all[j] : null;
            }

            merged.Add(end == first.Finding.End && !first.Encoded
                ? first.Finding
                : label!.Value.Finding with { Start = first.Finding.Start, End = end });
            i = j;
        }

        return [.. merged];
    }
}
