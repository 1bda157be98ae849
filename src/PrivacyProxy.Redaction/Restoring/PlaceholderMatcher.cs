using PrivacyProxy.Redaction.Placeholders;

namespace PrivacyProxy.Redaction.Restoring;

/// <summary>
/// Recognises placeholder-shaped text at one position, by shape only (issued or not): <c>[[TYPE_n]]</c> in any
/// case, with up to two spaces inside each bracket pair, with every bracket escaped alike (<c>\[\[TYPE_n\]\]</c>,
/// or <c>\\[</c> in JSON text), and the single-bracket form <c>[TYPE_n]</c>.
/// </summary>
/// <remarks>
/// The decision never looks past the end of the match, and NeedMore is returned only when the text ran out, so
/// deciding on a prefix gives the same answer as deciding on the whole text. Streaming restoring relies on this.
/// </remarks>
internal static class PlaceholderMatcher
{
    public static MatchOutcome Match(ReadOnlySpan<char> s, int start, bool jsonEscapes, bool final, out PlaceholderMatch match)
    {
        match = default;
        MatchOutcome more = final ? MatchOutcome.NoMatch : MatchOutcome.NeedMore;
        int p = start;
        int escape = 0;
        if (s[p] == '\\')
        {
            if (p + 1 >= s.Length)
            {
                return more;
            }

            if (s[p + 1] == '[')
            {
                escape = 1;
            }
            else if (jsonEscapes && s[p + 1] == '\\')
            {
                if (p + 2 >= s.Length)
                {
                    return more;
                }

                escape = s[p + 2] == '[' ? 2 : 0;
            }

            if (escape == 0)
            {
                return MatchOutcome.NoMatch;
            }
        }
        else if (s[p] != '[')
        {
            return MatchOutcome.NoMatch;
        }

        p += escape + 1;
        if (escape == 0)
        {
            if (p >= s.Length)
            {
                return more;
            }

            if (PlaceholderFormat.IsTypeStart(s[p]))
            {
                return MatchSingle(s, start, p, more, out match);
            }
        }

        MatchOutcome step = Bracket(s, ref p, '[', escape, more);
        return step == MatchOutcome.Match ? MatchDouble(s, start, p, escape, more, out match) : step;
    }

    private static MatchOutcome MatchDouble(ReadOnlySpan<char> s, int start, int p, int escape, MatchOutcome more, out PlaceholderMatch match)
    {
        match = default;
        MatchOutcome step = Padding(s, ref p, more);
        if (step != MatchOutcome.Match)
        {
            return step;
        }

        int bodyStart = p;
        step = Body(s, ref p, more, out int typeLength);
        if (step != MatchOutcome.Match)
        {
            return step;
        }

        int bodyLength = p - bodyStart;
        step = Padding(s, ref p, more);
        if (step == MatchOutcome.Match)
        {
            step = Bracket(s, ref p, ']', escape, more);
        }

        if (step == MatchOutcome.Match)
        {
            step = Bracket(s, ref p, ']', escape, more);
        }

        if (step == MatchOutcome.Match)
        {
            match = new PlaceholderMatch(p - start, bodyStart, bodyLength, typeLength, PlaceholderForm.Double);
        }

        return step;
    }

    private static MatchOutcome MatchSingle(ReadOnlySpan<char> s, int start, int p, MatchOutcome more, out PlaceholderMatch match)
    {
        match = default;
        int bodyStart = p;
        MatchOutcome step = Body(s, ref p, more, out int typeLength);
        int bodyLength = p - bodyStart;
        if (step == MatchOutcome.Match)
        {
            step = Bracket(s, ref p, ']', 0, more);
        }

        if (step == MatchOutcome.Match)
        {
            match = new PlaceholderMatch(p - start, bodyStart, bodyLength, typeLength, PlaceholderForm.Single);
        }

        return step;
    }

    // Reads `escape` backslashes then the bracket.
    private static MatchOutcome Bracket(ReadOnlySpan<char> s, ref int p, char bracket, int escape, MatchOutcome more)
    {
        for (int i = 0; i < escape; i++, p++)
        {
            if (p >= s.Length)
            {
                return more;
            }

            if (s[p] != '\\')
            {
                return MatchOutcome.NoMatch;
            }
        }

        if (p >= s.Length)
        {
            return more;
        }

        if (s[p] != bracket)
        {
            return MatchOutcome.NoMatch;
        }

        p++;
        return MatchOutcome.Match;
    }

    // Skips up to MaxPadding spaces; needs to see the first non-space to know the padding ended.
    private static MatchOutcome Padding(ReadOnlySpan<char> s, ref int p, MatchOutcome more)
    {
        for (int i = 0; i <= PlaceholderFormat.MaxPadding; i++)
        {
            if (p >= s.Length)
            {
                return more;
            }

            if (s[p] != ' ')
            {
                return MatchOutcome.Match;
            }

            if (i == PlaceholderFormat.MaxPadding)
            {
                return MatchOutcome.NoMatch;
            }

            p++;
        }

        return MatchOutcome.Match;
    }

    // Reads TYPE_digits; needs to see the character after it to know the body ended.
    private static MatchOutcome Body(ReadOnlySpan<char> s, ref int p, MatchOutcome more, out int typeLength)
    {
        typeLength = 0;
        int bodyStart = p;
        if (p >= s.Length)
        {
            return more;
        }

        if (!PlaceholderFormat.IsTypeStart(s[p]))
        {
            return MatchOutcome.NoMatch;
        }

        while (true)
        {
            if (p >= s.Length)
            {
                return more;
            }

            if (!PlaceholderFormat.IsBodyChar(s[p]))
            {
                break;
            }

            if (++p - bodyStart > PlaceholderFormat.MaxBodyLength)
            {
                return MatchOutcome.NoMatch;
            }
        }

        return PlaceholderFormat.TrySplitBody(s[bodyStart..p], out typeLength) ? MatchOutcome.Match : MatchOutcome.NoMatch;
    }
}
