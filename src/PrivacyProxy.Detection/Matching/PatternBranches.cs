namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Splits a pattern at its top-level alternation (<c>A|B</c>) so each branch compiles to its own regex. .NET
/// finds a fast start-position search for a branch on its own but often none for the alternation, which then
/// tries every position (measured 18x slower on a 2-branch rule). Overlapping matches of the branches are
/// resolved like any other overlap. Patterns whose meaning could change when split are left whole.
/// </summary>
internal static class PatternBranches
{
    public static IReadOnlyList<string> Split(string pattern)
    {
        var prefix = LeadingOptions(pattern);
        var branches = new List<string>();
        var depth = 0;
        var classDepth = 0;
        var branchStart = prefix.Length;
        for (var i = prefix.Length; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (classDepth > 0)
            {
                if (c == '[' && pattern[i - 1] == '-')
                {
                    classDepth++;
                }
                else if (c == ']')
                {
                    classDepth--;
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    classDepth = 1;
                    i += pattern.AsSpan(i + 1).StartsWith("^]") ? 2 : pattern.AsSpan(i + 1).StartsWith("]") ? 1 : 0;
                    break;
                case '(':
                    if (depth == 0 && IsBareOptions(pattern, i))
                    {
                        return [pattern];
                    }

                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    branches.Add(prefix + pattern[branchStart..i]);
                    branchStart = i + 1;
                    break;
            }
        }

        if (branches.Count == 0 || depth != 0 || classDepth != 0 || pattern.Contains("(?x", StringComparison.Ordinal))
        {
            return [pattern];
        }

        branches.Add(prefix + pattern[branchStart..]);
        return branches;
    }

    // "(?i)" at the very start applies to every branch, so it is repeated in front of each.
    private static string LeadingOptions(string pattern) =>
        IsBareOptions(pattern, 0) ? pattern[..(pattern.IndexOf(')', StringComparison.Ordinal) + 1)] : "";

    private static bool IsBareOptions(string pattern, int open)
    {
        if (!pattern.AsSpan(open).StartsWith("(?"))
        {
            return false;
        }

        var i = open + 2;
        while (i < pattern.Length && (pattern[i] is 'i' or 'm' or 'n' or 's' or 'x' or '-'))
        {
            i++;
        }

        return i > open + 2 && i < pattern.Length && pattern[i] == ')';
    }
}
