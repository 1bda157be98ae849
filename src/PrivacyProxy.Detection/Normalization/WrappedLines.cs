namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Finds tokens wrapped over lines (a key broken once, by an e-mail client or by hand, or at a fixed width over
/// several lines, with or without "&gt; " quote prefixes and indentation) and yields each as a short view with the
/// line breaks taken out: the joined token, a little of the line before it (for a rule's key name or cue) and the
/// rest of its last line. A break after the second line joins only when that line is as long as the first (a
/// fixed-width wrap), so a short last piece is not glued to the word on the line after it.
/// A break joins when the token runs on both sides are not empty, hold at least <see cref="MinJoined"/>
/// characters together and look random (a digit, or both cases), which ordinary prose and most code lines do not
/// end or start with; each check reads only the characters around a line break.
/// </summary>
internal static class WrappedLines
{
    /// <summary>Fewest token characters on both sides of a break together (an AWS key id is 20).</summary>
    public const int MinJoined = 20;

    // Shortest run before a break that may join without a digit or both cases of its own.
    private const int MinPlainPiece = 4;

    private const int ContextBefore = 96;
    private const int ContextAfter = 32;

    // A longer chain (a wrapped blob) is cut into segments of about this size; only the break between two
    // segments is then not joined.
    private const int MaxSegment = 16 * 1024;

    /// <summary>The next joined segment after <paramref name="position"/> (moved past it), or null when none is left.</summary>
    public static TextView? Next(string text, ref int position)
    {
        while (position < text.Length)
        {
            var newline = text.AsSpan(position).IndexOf('\n');
            if (newline < 0)
            {
                position = text.Length;
                return null;
            }

            newline += position;
            position = newline + 1;
            if (Break(text, newline) is { } first)
            {
                return Join(text, first, ref position);
            }
        }

        return null;
    }

    private static TextView Join(string text, (int RunStart, int LineEnd, int Next) first, ref int position)
    {
        var from = Math.Max(LineStart(text, first.RunStart), first.RunStart - ContextBefore);
        var builder = new ViewBuilder(256, from);
        try
        {
            builder.AppendSource(text, from, first.RunStart);
            var width = first.LineEnd - LineStart(text, first.RunStart);
            var current = first;
            var lineStart = position;
            while (true)
            {
                builder.AppendSource(text, current.RunStart, current.LineEnd);
                var pieceEnd = RunEnd(text, current.Next);
                var newline = LineBreakAfter(text, pieceEnd);

                // Only a fixed-width wrap goes on past its second line: a line of the token as long as the first.
                if (newline >= 0 && builder.Length < MaxSegment && pieceEnd - lineStart == width
                    && Break(text, newline) is { } following && following.RunStart == current.Next)
                {
                    position = newline + 1;
                    lineStart = position;
                    current = following;
                    continue;
                }

                var rest = text.AsSpan(pieceEnd).IndexOf('\n');
                var lineEnd = rest >= 0 ? pieceEnd + rest : text.Length;
                while (lineEnd > pieceEnd && text[lineEnd - 1] == '\r')
                {
                    lineEnd--;
                }

                builder.AppendSource(text, current.Next, Math.Min(lineEnd, pieceEnd + ContextAfter));
                return builder.Build();
            }
        }
        finally
        {
            builder.Dispose();
        }
    }

    // The token run ending the line at newline, where it ends, and where the token continues on the next line;
    // null when the break should not be joined.
    private static (int RunStart, int LineEnd, int Next)? Break(string text, int newline)
    {
        var lineEnd = newline;
        while (lineEnd > 0 && text[lineEnd - 1] is '\r' or ' ' or '\t')
        {
            lineEnd--;
        }

        var runStart = lineEnd;
        while (runStart > 0 && IsTokenChar(text[runStart - 1]))
        {
            runStart--;
        }

        var next = newline + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '>')
        {
            next++;
        }

        if (runStart == lineEnd || next == text.Length || !IsTokenChar(text[next]))
        {
            return null;
        }

        var before = text.AsSpan(runStart, lineEnd - runStart);
        var after = text.AsSpan(next, RunEnd(text, next) - next);
        // A short plain word before the break ("my key\n...") is the end of a sentence, not part of the token.
        var joinable = before.Length + after.Length >= MinJoined && (before.Length >= MinPlainPiece || LooksRandom(before, default))
            && LooksRandom(before, after);
        return joinable ? (runStart, lineEnd, next) : null;
    }

    private static bool LooksRandom(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var (digit, upper, lower) = (false, false, false);
        Classify(before, ref digit, ref upper, ref lower);
        Classify(after, ref digit, ref upper, ref lower);
        return digit || (upper && lower);
    }

    private static void Classify(ReadOnlySpan<char> run, ref bool digit, ref bool upper, ref bool lower)
    {
        foreach (var c in run)
        {
            digit |= char.IsAsciiDigit(c);
            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
        }
    }

    // The newline that ends the line at position when only spaces, tabs or '\r' lie between; -1 otherwise.
    private static int LineBreakAfter(string text, int position)
    {
        while (position < text.Length && text[position] is '\r' or ' ' or '\t')
        {
            position++;
        }

        return position < text.Length && text[position] == '\n' ? position : -1;
    }

    private static int RunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsTokenChar(text[end]))
        {
            end++;
        }

        return end;
    }

    private static int LineStart(string text, int position)
    {
        var newline = text.AsSpan(0, position).LastIndexOf('\n');
        return newline + 1;
    }

    // Characters of keys and tokens: base64 (standard and URL-safe), hex, and the '_' and '-' of vendor prefixes.
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '_' or '-';
}
