using PrivacyProxy.Detection;
using PrivacyProxy.Redaction.Placeholders;
using PrivacyProxy.Redaction.Restoring;

namespace PrivacyProxy.Redaction.Scrubbing;

/// <summary>
/// Lists what one input text must lose before it leaves: the detector's findings and every text that already
/// looks like a double-bracket placeholder (in any variant a restorer tolerates), merged where they overlap.
/// Single-bracket shapes are left in place and remembered instead.
/// </summary>
internal static class ProtectedSpanCollector
{
    public static void Collect(
        string text, IReadOnlyList<Finding> findings, SingleBracketLiterals singleBracketLiterals,
        List<ProtectedSpan> literals, List<ProtectedSpan> spans)
    {
        literals.Clear();
        spans.Clear();
        FindLiterals(text, singleBracketLiterals, literals);

        int f = 0;
        int l = 0;
        int previousFindingStart = 0;
        ProtectedSpan current = default;
        bool open = false;
        while (f < findings.Count || l < literals.Count)
        {
            ProtectedSpan next;
            if (f < findings.Count && (l >= literals.Count || findings[f].Start <= literals[l].Start))
            {
                Finding finding = findings[f];
                if (finding.Start < 0 || finding.End > text.Length || finding.Start > finding.End)
                {
                    throw new InvalidOperationException("The detector returned a finding outside the text.");
                }

                if (finding.Start < previousFindingStart)
                {
                    throw new InvalidOperationException("The detector returned findings out of order.");
                }

                previousFindingStart = finding.Start;
                next = new ProtectedSpan(finding.Start, finding.End, f++);
                if (next.Start == next.End)
                {
                    continue;
                }
            }
            else
            {
                next = literals[l++];
            }

            if (open && next.Start < current.End)
            {
                // Overlaps are united, so no part of a value or of a placeholder-shaped text survives.
                int findingIndex = current.FindingIndex >= 0 ? current.FindingIndex : next.FindingIndex;
                current = new ProtectedSpan(current.Start, Math.Max(current.End, next.End), findingIndex);
                continue;
            }

            if (open)
            {
                spans.Add(current);
            }

            current = next;
            open = true;
        }

        if (open)
        {
            spans.Add(current);
        }
    }

    // Scans with the widest grammar (JSON escapes on), so nothing any restorer context would match survives.
    private static void FindLiterals(string text, SingleBracketLiterals singleBracketLiterals, List<ProtectedSpan> literals)
    {
        ReadOnlySpan<char> s = text;
        int i = s.IndexOf('[');
        if (i < 0)
        {
            return;
        }

        // A match may start at a backslash just before the first '['.
        i = Math.Max(0, i - PlaceholderFormat.MaxEscapeLength);
        while (i < s.Length)
        {
            int next = s[i..].IndexOfAny('[', '\\');
            if (next < 0)
            {
                return;
            }

            int at = i + next;
            if (PlaceholderMatcher.Match(s, at, jsonEscapes: true, final: true, out PlaceholderMatch match) != MatchOutcome.Match)
            {
                i = at + 1;
                continue;
            }

            if (match.Form == PlaceholderForm.Double)
            {
                literals.Add(new ProtectedSpan(at, at + match.Length, -1));
            }
            else
            {
                singleBracketLiterals.Add(match.Body(s));
            }

            i = at + match.Length;
        }
    }
}
