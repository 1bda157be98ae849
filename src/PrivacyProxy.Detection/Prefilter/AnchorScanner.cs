using System.Runtime.CompilerServices;

namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// The prefilter: one pass over the text for literal anchors (<see cref="GramFilter"/>, case-insensitive), a
/// vectorised search for anchors that start with a non-ASCII character, and span searches for digit and
/// capital-letter runs; each hit opens a window for the rules it starts.
/// </summary>
internal static class AnchorScanner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Collect(string text, AnchorTable table, WindowCollector windows, int ruleCount)
    {
        if (!table.Keys.IsEmpty)
        {
            table.Keys.Scan(text, windows);
        }

        if (table.NonAsciiStarts is not null)
        {
            CollectNonAscii(text, table, windows);
        }

        windows.EndPass(ruleCount);
        if (table.DigitRuns.Length > 0)
        {
            CollectRuns(text, table.DigitRuns, windows, '0', '9');
            windows.EndPass(ruleCount);
        }

        if (table.UpperRuns.Length > 0)
        {
            CollectRuns(text, table.UpperRuns, windows, 'A', 'Z');
            windows.EndPass(ruleCount);
        }
    }

    // Hops from one non-ASCII character to the next with the vectorised range search (ASCII text costs one
    // pass), then tests it against the anchors' first characters: a search for a dozen non-ASCII starts at once
    // falls back to a much slower probabilistic map. Anchors such as "b\u00e4r" (no ASCII key, ASCII first
    // character) need the search for their starts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CollectNonAscii(string text, AnchorTable table, WindowCollector windows)
    {
        var span = text.AsSpan();
        var starts = table.NonAsciiStarts!;
        var position = 0;
        while (position < span.Length)
        {
            var hit = table.NonAsciiStartsAreNonAscii
                ? span[position..].IndexOfAnyExceptInRange('\0', '\u007F')
                : span[position..].IndexOfAny(starts);
            if (hit < 0)
            {
                return;
            }

            position += hit;
            if (starts.Contains(span[position]))
            {
                Verify(span, table.NonAsciiAnchors(span[position]), position, windows);
            }

            position++;
        }
    }

    // A key hit at keyPosition is each of its anchors at keyPosition - offset, if the whole anchor is there.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Verify(ReadOnlySpan<char> text, ReadOnlySpan<LiteralAnchor> anchors, int keyPosition, WindowCollector windows)
    {
        foreach (var anchor in anchors)
        {
            var at = keyPosition - anchor.KeyOffset;
            if (at >= 0 && text[at..].StartsWith(anchor.Text, StringComparison.OrdinalIgnoreCase))
            {
                AddAll(windows, anchor.Rules, at, at + anchor.Text.Length, text.Length, false);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CollectRuns(string text, RunAnchor[] anchors, WindowCollector windows, char low, char high)
    {
        var span = text.AsSpan();
        var runs = windows.Runs;
        runs.Clear();
        var position = 0;
        while (position < span.Length)
        {
            var start = span[position..].IndexOfAnyInRange(low, high);
            if (start < 0)
            {
                break;
            }

            start += position;
            var length = span[start..].IndexOfAnyExceptInRange(low, high);
            var end = length < 0 ? span.Length : start + length;
            runs.Add((start, end));
            position = end;
        }

        foreach (var anchor in anchors)
        {
            if (anchor.FiltersByDigits)
            {
                AddWhereEnoughDigits(anchor, runs, windows, span.Length);
                continue;
            }

            foreach (var (start, end) in runs)
            {
                if (end - start >= anchor.MinLength)
                {
                    AddAll(windows, anchor.Rules, start, end, span.Length, true);
                }
            }
        }
    }

    // A match holding a digit of a run lies within MaxLength - 1 of it; a run with fewer than MinDigits digits in
    // that reach (counting every run that touches it, which can only overcount) cannot be part of a match.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddWhereEnoughDigits(RunAnchor anchor, List<(int Start, int End)> runs, WindowCollector windows, int textLength)
    {
        var reach = anchor.MaxLength!.Value - 1;
        var low = 0;
        var high = 0;
        var digits = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            var (start, end) = runs[i];
            while (high < runs.Count && runs[high].Start < end + reach)
            {
                digits += runs[high].End - runs[high].Start;
                high++;
            }

            while (runs[low].End <= start - reach)
            {
                digits -= runs[low].End - runs[low].Start;
                low++;
            }

            if (end - start >= anchor.MinLength && digits >= anchor.MinDigits)
            {
                AddAll(windows, anchor.Rules, start, end, textLength, true);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddAll(WindowCollector windows, int[] rules, int start, int end, int textLength, bool run)
    {
        foreach (var rule in rules)
        {
            windows.Add(rule, start, end, textLength, run);
        }
    }
}
