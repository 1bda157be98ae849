namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Finds tokens wrapped over lines (a key broken at a fixed width, or once by an e-mail client, with or without
/// "&gt; " quote prefixes and indentation) and yields each as a short view with the line breaks taken out: the
/// joined token, a little of the line before it (for a rule's key name or cue) and the rest of its last line.
/// A break joins when the token characters on both sides are not empty and one side holds a run of at least
/// <see cref="MinRun"/> that looks random (a digit, or both cases), which ordinary prose and most code lines do
/// not end or start with; each check is a few characters around a line break.
/// </summary>
internal static class WrappedLines
{
    /// <summary>Shortest run next to a break that makes it joinable.</summary>
    public const int MinRun = 16;

    private const int ContextBefore = 96;
    private const int ContextAfter = 32;

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
            var current = first;
            while (true)
            {
                builder.AppendSource(text, current.RunStart, current.LineEnd);
                var pieceEnd = RunEnd(text, current.Next);
                var newline = LineBreakAfter(text, pieceEnd);
                if (newline >= 0 && Break(text, newline) is { } following && following.RunStart == current.Next)
                {
                    position = newline + 1;
                    current = following;
                    continue;
                }

                var lineEnd = newline >= 0 ? newline : text.Length;
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
        return LooksRandom(before) || LooksRandom(after) ? (runStart, lineEnd, next) : null;
    }

    private static bool LooksRandom(ReadOnlySpan<char> run)
    {
        if (run.Length < MinRun)
        {
            return false;
        }

        var (digit, upper, lower) = (false, false, false);
        foreach (var c in run)
        {
            digit |= char.IsAsciiDigit(c);
            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
        }

        return digit || (upper && lower);
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
