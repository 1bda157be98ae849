namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Splits a pattern that starts with lookbehinds, <c>(?&lt;![\w.-])\d{3}-\d{2}-\d{4}</c>, into those lookbehinds
/// and the rest. .NET finds start positions with vectorised searches computed from a pattern's first elements, and
/// a leading lookbehind turns that off (every position is tried: measured 5 to 100 times slower on some rules);
/// the engine can run the rest alone and test the lookbehinds itself at each match start, which gives the same
/// matches. Whether that is faster depends on the rest, so <see cref="BranchCompiler"/> measures it.
/// </summary>
internal static class LeadingLookbehind
{
    /// <summary>Splits <paramref name="pattern"/> into leading inline options, lookbehinds and rest; false when there are no leading lookbehinds.</summary>
    public static bool TrySplit(string pattern, out string options, out string lookbehinds, out string rest)
    {
        options = "";
        lookbehinds = "";
        rest = pattern;
        var at = 0;
        if (pattern.StartsWith("(?", StringComparison.Ordinal))
        {
            var close = pattern.IndexOf(')', StringComparison.Ordinal);
            if (close > 2 && pattern[2..close].All(c => c is 'i' or 'm' or 'n' or 's' or 'x' or '-'))
            {
                options = pattern[..(close + 1)];
                at = close + 1;
            }
        }

        var leadStart = at;
        while (pattern.AsSpan(at).StartsWith("(?<!") || pattern.AsSpan(at).StartsWith("(?<="))
        {
            var close = ClosingParenthesis(pattern, at);
            if (close < 0)
            {
                return false;
            }

            at = close + 1;
        }

        if (at == leadStart || at == pattern.Length || pattern.Contains("(?x", StringComparison.Ordinal))
        {
            return false;
        }

        lookbehinds = pattern[leadStart..at];
        rest = pattern[at..];
        return true;
    }

    private static int ClosingParenthesis(string pattern, int open)
    {
        var depth = 0;
        var inClass = false;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    i += pattern.AsSpan(i + 1).StartsWith("^]") ? 2 : pattern.AsSpan(i + 1).StartsWith("]") ? 1 : 0;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass:
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }
}
