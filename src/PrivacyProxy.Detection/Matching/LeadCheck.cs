using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Tests a branch's leading lookbehinds (<see cref="LeadingLookbehind"/>) at a match start. Lookbehinds on one
/// character, such as <c>(?&lt;![\w.-])</c>, the common case, are answered from a table of the ASCII characters
/// (each regex call costs a timeout clock read, which adds up over thousands of windows); anything else runs as
/// a regex anchored at the position.
/// </summary>
internal sealed class LeadCheck
{
    private readonly Regex? _regex;
    private readonly Part[] _parts = [];

    public LeadCheck(string options, string lookbehinds, RegexOptions regexOptions, TimeSpan timeout)
    {
        if (TryParts(options, lookbehinds, regexOptions, timeout, out var parts))
        {
            _parts = parts;
        }
        else
        {
            _regex = new Regex(@"\G(?:" + options + lookbehinds + ")", regexOptions & ~RegexOptions.Compiled, timeout);
        }
    }

    /// <summary>True when a regex with groups would be needed (the split is then not used).</summary>
    public bool HasGroups => _regex is not null && _regex.GetGroupNumbers().Length > 1;

    public bool Holds(ReadOnlySpan<char> span, int index)
    {
        if (_regex is not null)
        {
            return _regex.IsMatch(span, index);
        }

        foreach (var part in _parts)
        {
            var matches = index > 0 && part.Matches(span[index - 1]);
            if (matches == part.Negative)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParts(string options, string lookbehinds, RegexOptions regexOptions, TimeSpan timeout, out Part[] parts)
    {
        var list = new List<Part>();
        var at = 0;
        while (at < lookbehinds.Length)
        {
            var negative = lookbehinds.AsSpan(at).StartsWith("(?<!");
            var end = SingleCharacterEnd(lookbehinds, at + 4);
            if (end < 0 || end >= lookbehinds.Length || lookbehinds[end] != ')')
            {
                parts = [];
                return false;
            }

            var single = new Regex(@"\A(?:" + options + lookbehinds[(at + 4)..end] + @")\z", regexOptions & ~RegexOptions.Compiled, timeout);
            list.Add(new Part(single, negative));
            at = end + 1;
        }

        parts = [.. list];
        return parts.Length > 0;
    }

    // The end of one single-character element starting at start: a class without nesting, an escape such as \w, or
    // one plain character; -1 for anything longer.
    private static int SingleCharacterEnd(string pattern, int start)
    {
        if (start >= pattern.Length)
        {
            return -1;
        }

        switch (pattern[start])
        {
            case '[':
                for (var i = start + 1 + (pattern.AsSpan(start + 1).StartsWith("^]") ? 2 : pattern.AsSpan(start + 1).StartsWith("]") ? 1 : 0); i < pattern.Length; i++)
                {
                    if (pattern[i] == '\\')
                    {
                        if (i + 1 < pattern.Length && pattern[i + 1] is 'p' or 'P' or 'x' or 'u')
                        {
                            return -1;
                        }

                        i++;
                    }
                    else if (pattern[i] == '[')
                    {
                        return -1;
                    }
                    else if (pattern[i] == ']')
                    {
                        return i + 1;
                    }
                }

                return -1;
            case '\\':
                return start + 1 < pattern.Length && !char.IsAsciiDigit(pattern[start + 1]) && pattern[start + 1] is not ('p' or 'P' or 'x' or 'u' or 'k' or 'b' or 'B' or 'A' or 'z' or 'Z' or 'G') ? start + 2 : -1;
            case '(' or ')' or '|' or '*' or '+' or '?' or '{' or '^' or '$' or '.':
                return -1;
            default:
                return start + 1;
        }
    }

    /// <summary>One single-character lookbehind: which characters it looks for, and whether it forbids them.</summary>
    private sealed class Part
    {
        private readonly Regex _single;
        private readonly bool[] _ascii = new bool[128];

        public Part(Regex single, bool negative)
        {
            _single = single;
            Negative = negative;
            for (var c = 0; c < 128; c++)
            {
                _ascii[c] = single.IsMatch(((char)c).ToString());
            }
        }

        public bool Negative { get; }

        public bool Matches(char c) => c < 128 ? _ascii[c] : _single.IsMatch(c.ToString());
    }
}
