using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Runs one rule's regex on one range with <see cref="Regex.EnumerateMatches(ReadOnlySpan{char}, int)"/>. The
/// span handed to the regex reaches <see cref="Lookbehind"/> characters before the range so lookbehinds see real
/// text, and <see cref="Lookahead"/> after it so matches can finish. A match that touches an artificial edge may
/// be cut: it is searched again on a larger span and dropped if still cut, never reported truncated.
/// </summary>
internal static class RuleMatcher
{
    public const int Lookbehind = 256;
    public const int Lookahead = 96;
    public const int Guard = 16;
    public const int Rescan = 8192;

    public static void Scan(CompiledRule rule, string text, int start, int end, GlobalAllowList allow, List<Candidate> output)
    {
        foreach (var branch in rule.Branches)
        {
            Scan(rule, branch, text, start, end, allow, output);
        }
    }

    private static void Scan(CompiledRule rule, RuleBranch branch, string text, int start, int end, GlobalAllowList allow, List<Candidate> output)
    {
        var before = output.Count;
        try
        {
            ScanOnce(rule, branch, text, start, end, allow, output);
        }
        catch (RegexMatchTimeoutException)
        {
            // The first call of a compiled regex includes its JIT time, which a loaded machine can stretch past the
            // timeout: one retry tells that apart from a pattern that is really too slow on this text.
            output.RemoveRange(before, output.Count - before);
            try
            {
                ScanOnce(rule, branch, text, start, end, allow, output);
            }
            catch (RegexMatchTimeoutException)
            {
                // Fail closed: text the rule could not finish scanning is reported whole rather than let through.
                output.RemoveRange(before, output.Count - before);
                output.Add(new Candidate(start, end, rule.Index, rule.Priority, false));
            }
        }
    }

    private static void ScanOnce(CompiledRule rule, RuleBranch branch, string text, int start, int end, GlobalAllowList allow, List<Candidate> output)
    {
        var spanStart = Math.Max(0, start - Lookbehind);
        var spanEnd = Math.Min(text.Length, end + Lookahead);
        var span = text.AsSpan(spanStart, spanEnd - spanStart);
        foreach (var match in branch.Regex.EnumerateMatches(span, start - spanStart))
        {
            var matchStart = spanStart + match.Index;
            if (matchStart >= end)
            {
                break;
            }

            var matchEnd = matchStart + match.Length;
            if (match.Length == 0)
            {
                continue;
            }

            if ((matchStart == start && start > 0) || (spanEnd < text.Length && matchEnd > spanEnd - Guard))
            {
                ScanAgain(rule, branch, text, matchStart, matchEnd, allow, output);
                continue;
            }

            Emit(rule, branch, text, spanStart, spanEnd, matchStart, matchEnd, allow, output);
        }
    }

    private static void ScanAgain(CompiledRule rule, RuleBranch branch, string text, int from, int to, GlobalAllowList allow, List<Candidate> output)
    {
        var searchStart = Math.Max(0, from - Rescan);
        var spanStart = Math.Max(0, searchStart - Lookbehind);
        var spanEnd = Math.Min(text.Length, to + Rescan);
        var span = text.AsSpan(spanStart, spanEnd - spanStart);
        foreach (var match in branch.Regex.EnumerateMatches(span, searchStart - spanStart))
        {
            var matchStart = spanStart + match.Index;
            var matchEnd = matchStart + match.Length;
            if (matchStart >= to)
            {
                break;
            }

            var cut = (matchStart == searchStart && searchStart > 0) || (spanEnd < text.Length && matchEnd > spanEnd - Guard);
            if (matchEnd > from && match.Length > 0 && !cut)
            {
                Emit(rule, branch, text, spanStart, spanEnd, matchStart, matchEnd, allow, output);
            }
        }
    }

    private static void Emit(
        CompiledRule rule, RuleBranch branch, string text, int spanStart, int spanEnd, int matchStart, int matchEnd, GlobalAllowList allow, List<Candidate> output)
    {
        var valueStart = matchStart;
        var valueEnd = matchEnd;
        if (branch.ValueGroup > 0)
        {
            // Group positions need a Match object, which only string overloads give; matches are rare next to
            // misses, so the substring is paid per match, never per window.
            var match = branch.Regex.Match(text.Substring(spanStart, spanEnd - spanStart), matchStart - spanStart);
            var group = match.Groups[branch.ValueGroup];
            if (match.Success && match.Index == matchStart - spanStart && group.Success && group.Length > 0)
            {
                valueStart = spanStart + group.Index;
                valueEnd = valueStart + group.Length;
            }
        }

        if (rule.Accept(text, valueStart, valueEnd, out var priority) && !allow.Allows(text.AsSpan(valueStart, valueEnd - valueStart)))
        {
            output.Add(new Candidate(valueStart, valueEnd, rule.Index, priority, rule.IsValidated));
        }
    }
}
