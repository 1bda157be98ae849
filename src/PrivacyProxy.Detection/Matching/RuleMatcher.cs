using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Lists;
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
    private static readonly ConditionalWeakTable<Regex, Regex> InterpretedRegexes = new();

    public const int Lookbehind = 256;
    public const int Lookahead = 48;
    public const int Guard = 8;
    public const int Rescan = 8192;

    public static void Scan(CompiledRule rule, string text, int start, int end, GlobalAllowList allow, List<Candidate> output)
    {
        if (rule.List is { } list)
        {
            ScanList(rule, list, text, start, end, allow, output);
            return;
        }

        foreach (var branch in rule.Branches)
        {
            Scan(rule, branch, text, start, end, allow, output);
        }
    }

    // A list sees the whole text, so its matches are never cut at the range's edges and need no second search.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScanList(CompiledRule rule, WordListMatcher list, string text, int start, int end, GlobalAllowList allow, List<Candidate> output)
    {
        var at = start;
        while (list.TryNext(text, at, end, out var matchStart, out var matchEnd))
        {
            if (rule.Accept(text, matchStart, matchEnd, out var priority) && !allow.Allows(text.AsSpan(matchStart, matchEnd - matchStart)))
            {
                output.Add(new Candidate(matchStart, matchEnd, rule.Index, priority, rule.IsValidated));
            }

            at = matchEnd;
        }
    }

    private static void Scan(CompiledRule rule, RuleBranch branch, string text, int start, int end, GlobalAllowList allow, List<Candidate> output)
    {
        var before = output.Count;
        try
        {
            ScanOnce(rule, branch, text, start, end, allow, output);
        }
        catch (Exception ex) when (ex is not RegexMatchTimeoutException and not OutOfMemoryException)
        {
            // RegexOptions.Compiled has thrown IndexOutOfRangeException on some patterns (lazy bounded loops, and
            // password-prose on plain text) where the interpreter is right: rerun the branch interpreted.
            output.RemoveRange(before, output.Count - before);
            ScanInterpreted(rule, branch, text, start, end, allow, output, before);
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

    private static void ScanInterpreted(
        CompiledRule rule, RuleBranch branch, string text, int start, int end, GlobalAllowList allow, List<Candidate> output, int before)
    {
        var interpreted = InterpretedRegexes.GetValue(branch.Regex, static compiled =>
            new Regex(compiled.ToString(), compiled.Options & ~RegexOptions.Compiled, compiled.MatchTimeout));
        try
        {
            ScanOnce(rule, branch with { Regex = interpreted }, text, start, end, allow, output);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Fail closed: text the rule could not scan is reported whole rather than let through.
            output.RemoveRange(before, output.Count - before);
            output.Add(new Candidate(start, end, rule.Index, rule.Priority, false));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScanOnce(CompiledRule rule, RuleBranch branch, string text, int start, int end, GlobalAllowList allow, List<Candidate> output)
    {
        var spanStart = Math.Max(0, start - Lookbehind);
        var spanEnd = Math.Min(text.Length, end + Lookahead);
        var span = text.AsSpan(spanStart, spanEnd - spanStart);
        var at = start - spanStart;
        while (at >= 0)
        {
            var restartAt = -1;
            foreach (var match in branch.Regex.EnumerateMatches(span, at))
            {
                var matchStart = spanStart + match.Index;
                if (matchStart >= end)
                {
                    break;
                }

                if (!branch.LeadHolds(span, match.Index))
                {
                    // No match starts here after all: search again from the next position (see LeadingLookbehind).
                    restartAt = match.Index + 1;
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

            at = restartAt;
        }
    }

    private static void ScanAgain(CompiledRule rule, RuleBranch branch, string text, int from, int to, GlobalAllowList allow, List<Candidate> output)
    {
        var searchStart = Math.Max(0, from - Rescan);
        var spanStart = Math.Max(0, searchStart - Lookbehind);
        var spanEnd = Math.Min(text.Length, to + Rescan);
        var span = text.AsSpan(spanStart, spanEnd - spanStart);
        var at = searchStart - spanStart;
        while (TryNext(branch, span, at, out var index, out var length))
        {
            var matchStart = spanStart + index;
            var matchEnd = matchStart + length;
            if (matchStart >= to)
            {
                break;
            }

            at = index + Math.Max(length, 1);
            var cut = (matchStart == searchStart && searchStart > 0) || (spanEnd < text.Length && matchEnd > spanEnd - Guard);
            if (matchEnd > from && length > 0 && !cut)
            {
                Emit(rule, branch, text, spanStart, spanEnd, matchStart, matchEnd, allow, output);
            }
        }
    }

    // The branch's first match at or after startat whose leading lookbehinds hold (the regex finds the rest; a
    // start where the lookbehinds fail is no match, so the search goes on from the next position).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryNext(RuleBranch branch, ReadOnlySpan<char> span, int startat, out int index, out int length)
    {
        while (startat <= span.Length)
        {
            var found = false;
            index = 0;
            length = 0;
            foreach (var match in branch.Regex.EnumerateMatches(span, startat))
            {
                (index, length, found) = (match.Index, match.Length, true);
                break;
            }

            if (!found)
            {
                return false;
            }

            if (branch.LeadHolds(span, index))
            {
                return true;
            }

            startat = index + 1;
        }

        index = 0;
        length = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Emit(
        CompiledRule rule, RuleBranch branch, string text, int spanStart, int spanEnd, int matchStart, int matchEnd, GlobalAllowList allow, List<Candidate> output)
    {
        var valueStart = matchStart;
        var valueEnd = matchEnd;
        if (branch.ValueGroup > 0 && ValueGroup(branch, text, spanStart, spanEnd, matchStart, matchEnd) is { } group)
        {
            (valueStart, valueEnd) = group;
        }

        if (rule.Accept(text, valueStart, valueEnd, out var priority) && !allow.Allows(text.AsSpan(valueStart, valueEnd - valueStart)))
        {
            output.Add(new Candidate(valueStart, valueEnd, rule.Index, priority, rule.IsValidated));
        }
    }

    // Group positions need a Match object, which only string overloads give. First the regex runs on exactly the
    // match's characters (no copy; lookarounds see the edges as start and end of input); when that does not
    // reproduce the same match, on a copy of the span with its real surroundings.
    private static (int Start, int End)? ValueGroup(RuleBranch branch, string text, int spanStart, int spanEnd, int matchStart, int matchEnd)
    {
        var match = branch.Regex.Match(text, matchStart, matchEnd - matchStart);
        if (!match.Success || match.Index != matchStart || match.Length != matchEnd - matchStart)
        {
            match = branch.Regex.Match(text.Substring(spanStart, spanEnd - spanStart), matchStart - spanStart);
            if (!match.Success || match.Index != matchStart - spanStart || match.Length != matchEnd - matchStart)
            {
                return null;
            }

            var shifted = match.Groups[branch.ValueGroup];
            return shifted.Success && shifted.Length > 0 ? (spanStart + shifted.Index, spanStart + shifted.Index + shifted.Length) : null;
        }

        var group = match.Groups[branch.ValueGroup];
        return group.Success && group.Length > 0 ? (group.Index, group.Index + group.Length) : null;
    }
}
