namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// The prefilter: one pass over the text for literal anchors (<see cref="System.Buffers.SearchValues{T}"/>,
/// case-insensitive) and span searches for digit and capital-letter runs; each hit opens a window for the rules
/// it starts.
/// </summary>
internal static class AnchorScanner
{
    public static void Collect(string text, AnchorTable table, WindowCollector windows, int ruleCount)
    {
        if (table.Literals is not null)
        {
            CollectLiterals(text, table, windows);
            windows.EndPass(ruleCount);
        }

        if (table.DigitRules.Length > 0)
        {
            CollectRuns(text, table.DigitRules, windows, '0', '9', 1);
            windows.EndPass(ruleCount);
        }

        if (table.UpperRules.Length > 0)
        {
            CollectRuns(text, table.UpperRules, windows, 'A', 'Z', 2);
            windows.EndPass(ruleCount);
        }

        windows.Merge();
    }

    private static void CollectLiterals(string text, AnchorTable table, WindowCollector windows)
    {
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var hit = span[position..].IndexOfAny(table.Literals!);
            if (hit < 0)
            {
                return;
            }

            position += hit;
            var rest = span[position..];
            foreach (var anchor in table.Candidates(rest))
            {
                if (rest.StartsWith(anchor.Text, StringComparison.OrdinalIgnoreCase))
                {
                    AddAll(windows, anchor.Rules, position, position + anchor.Text.Length, span.Length);
                }
            }

            if (rest.Length >= 2)
            {
                foreach (var anchor in table.SingleCharacter(rest[0]))
                {
                    AddAll(windows, anchor.Rules, position, position + 1, span.Length);
                }
            }

            position++;
        }
    }

    private static void CollectRuns(string text, int[] rules, WindowCollector windows, char low, char high, int minLength)
    {
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
                AddAll(windows, rules, start, end, span.Length);
            }

            position = end;
        }
    }

    private static void AddAll(WindowCollector windows, int[] rules, int start, int end, int textLength)
    {
        foreach (var rule in rules)
        {
            windows.Add(rule, start, end, textLength);
        }
    }
}
