namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Detection over the text as written and its normalised views: the folded segments around characters that fold
/// (<see cref="UnicodeFolder"/>) and the tokens wrapped over lines (<see cref="WrappedLines"/>), in the text and
/// in each folded segment. Findings of a view are mapped back to the text and merged (<see cref="FindingUnion"/>),
/// so the contract holds: source offsets, sorted, never overlapping. ASCII text without wrapped tokens is scanned
/// once, as before.
/// </summary>
internal static class NormalizedViews
{
    public static Finding[] Detect(string text, IViewScanner scanner, int onlyRule)
    {
        var findings = Joined(text, null, scanner.Scan(text, onlyRule), scanner, onlyRule);
        for (var at = 0; UnicodeFolder.Next(text, ref at) is { } folded;)
        {
            using (folded)
            {
                findings = FindingUnion.Merge(findings, scanner.Scan(folded.Text, onlyRule), folded, null);
                findings = Joined(folded.Text, folded, findings, scanner, onlyRule);
            }
        }

        return findings;
    }

    private static Finding[] Joined(string text, TextView? outer, Finding[] findings, IViewScanner scanner, int onlyRule)
    {
        for (var at = 0; WrappedLines.Next(text, ref at) is { } joined;)
        {
            using (joined)
            {
                findings = FindingUnion.Merge(findings, scanner.Scan(joined.Text, onlyRule), joined, outer);
            }
        }

        return findings;
    }
}
