namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// The prefilter: one pass over the text for literal anchors (<see cref="GramFilter"/>, case-insensitive), a
/// vectorised search for anchors that start with a non-ASCII character, and span searches for digit and
/// capital-letter runs; each hit opens a window for the rules it starts.
/// </summary>
internal static class AnchorScanner
{
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

    private static void CollectNonAscii(string text, AnchorTable table, WindowCollector windows)
    {
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var hit = span[position..].IndexOfAny(table.NonAsciiStarts!);
            if (hit < 0)
            {
                return;
            }

            position += hit;
            Verify(span, table.NonAsciiAnchors(span[position]), position, windows);
            position++;
        }
    }

    // A key hit at keyPosition is each of its anchors at keyPosition - offset, if the whole anchor is there.
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

    internal static void CollectRuns(string text, RunAnchor[] anchors, WindowCollector windows, char low, char high)
    {
        var minLength = int.MaxValue;
        foreach (var anchor in anchors)
        {
            minLength = Math.Min(minLength, anchor.MinLength);
        }

        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var start = span[position..].IndexOfAnyInRange(low, high);
            if (start < 0)
            {
                return;
            }

            start += position;
            var length = span[start..].IndexOfAnyExceptInRange(low, high);
            var end = length < 0 ? span.Length : start + length;
            if (end - start >= minLength)
            {
                foreach (var anchor in anchors)
                {
                    if (end - start >= anchor.MinLength)
                    {
                        AddAll(windows, anchor.Rules, start, end, span.Length, true);
                    }
                }
            }

            position = end;
        }
    }

    private static void AddAll(WindowCollector windows, int[] rules, int start, int end, int textLength, bool run)
    {
        foreach (var rule in rules)
        {
            windows.Add(rule, start, end, textLength, run);
        }
    }
}
