using System.Runtime.CompilerServices;

namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Builds folded views of a text (<see cref="FoldTable"/>): what a reader sees, in the ASCII the rules are written
/// for. Only the stretches around characters that fold are rewritten, each with <see cref="Reach"/> characters of
/// context either side (cut at a space or line break, so no value is cut in two at an edge), so a long prompt with
/// one accented name costs one short segment, and text without a character that can fold costs one vectorised
/// search and no allocation.
/// </summary>
internal static class UnicodeFolder
{
    /// <summary>Characters kept on each side of a folded character: more than any value and its context words.</summary>
    public const int Reach = 512;

    // How far past Reach an edge may move to land on a space or line break.
    private const int Snap = 256;

    /// <summary>
    /// The next folded segment at or after <paramref name="position"/> (moved past it), or null when none is left.
    /// Stretches where folding changes nothing (confusables in tokens without Latin letters or digits, such as
    /// Russian prose) yield no segment.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TextView? Next(string text, ref int position)
    {
        // Every character that folds is non-ASCII: the plain range search is the fastest way past ASCII text.
        if (position == 0 && !text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F'))
        {
            position = text.Length;
            return null;
        }

        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(FoldTable.Triggers);
            if (found < 0)
            {
                position = text.Length;
                return null;
            }

            var view = Segment(text, position + found, out position);
            if (view is not null)
            {
                return view;
            }
        }

        return null;
    }

    /// <summary>The whole text folded, or null when folding changes nothing (tests and tools).</summary>
    public static TextView? Fold(string text)
    {
        var first = text.AsSpan().IndexOfAny(FoldTable.Triggers);
        return first < 0 ? null : Fold(text, 0, first, text.Length, int.MaxValue, out _);
    }

    private static TextView? Segment(string text, int first, out int end)
    {
        var start = first - Reach;
        if (start <= 0)
        {
            start = 0;
        }
        else
        {
            var gap = text.AsSpan(Math.Max(0, start - Snap), start - Math.Max(0, start - Snap)).LastIndexOfAny(' ', '\n', '\t');
            start = gap < 0 ? start : Math.Max(0, start - Snap) + gap + 1;
        }

        return Fold(text, start, first, text.Length, Reach, out end);
    }

    // Folds from start; characters before first are copied as they are. The segment ends Reach characters after
    // the last character that folded (moved to the next space or line break within Snap), or at limit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TextView? Fold(string text, int start, int first, int limit, int reach, out int end)
    {
        var builder = new ViewBuilder(Math.Min(limit - start, first - start + 2 * Math.Min(reach, limit)) + 16, start);
        try
        {
            var changed = false;
            var tokenEnd = -1;
            var token = default(TokenKind);
            var stop = reach == int.MaxValue ? limit : Math.Min(limit, first + reach);
            builder.AppendSource(text, start, first);
            var i = first;
            while (i < stop)
            {
                var next = text.AsSpan(i, stop - i).IndexOfAny(FoldTable.Triggers);
                if (next < 0)
                {
                    builder.AppendSource(text, i, stop);
                    i = stop;
                    break;
                }

                builder.AppendSource(text, i, i + next);
                i += next;
                var width = FoldOne(text, i, builder, ref tokenEnd, ref token);
                if (width < 0)
                {
                    width = -width;
                    changed = true;
                    if (reach != int.MaxValue)
                    {
                        stop = Math.Min(limit, Math.Max(stop, i + width + reach));
                    }
                }

                i += width;
            }

            end = SnapEnd(text, i, builder);
            return changed ? builder.Build() : null;
        }
        finally
        {
            builder.Dispose();
        }
    }

    // Extends the segment to the next space or line break within Snap, copying what it passes.
    private static int SnapEnd(string text, int end, ViewBuilder builder)
    {
        if (end >= text.Length)
        {
            return text.Length;
        }

        var window = text.AsSpan(end, Math.Min(Snap, text.Length - end));
        var gap = window.IndexOfAny(' ', '\n', '\t');
        if (gap < 0 || window[..gap].ContainsAny(FoldTable.Triggers))
        {
            return end;
        }

        builder.AppendSource(text, end, end + gap);
        return end + gap;
    }

    // Writes the fold of the character at i; returns how many source characters it took, negated when the
    // output differs from the source.
    private static int FoldOne(string text, int i, ViewBuilder builder, ref int tokenEnd, ref TokenKind token)
    {
        var c = text[i];
        var fold = FoldTable.Of(c);
        if (fold == FoldTable.Keep && char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            fold = FoldTable.OfAstral(char.ConvertToUtf32(c, text[i + 1]));
            if (fold == FoldTable.Keep)
            {
                builder.Append(c, i, i + 1);
                return 1;
            }

            if (fold != FoldTable.Remove)
            {
                builder.Append(fold, i, i + 2);
            }

            return -2;
        }

        switch (fold)
        {
            case FoldTable.Keep:
                builder.Append(c, i, i + 1);
                return 1;
            case FoldTable.Remove:
                return -1;
            case FoldTable.Expand:
                foreach (var e in FoldTable.Expansion(c))
                {
                    builder.Append(e, i, i + 1);
                }

                return -1;
            case FoldTable.Mark:
                if (!char.IsAsciiLetter(builder.Last))
                {
                    builder.Append(c, i, i + 1);
                    return 1;
                }

                // The mark is part of the letter it sits on: replacing the letter replaces it too.
                builder.ExtendLast(i + 1);
                return -1;
            case FoldTable.Confusable or FoldTable.Accented:
                if (i >= tokenEnd)
                {
                    (tokenEnd, token) = Token(text, i);
                }

                // A look-alike folds in a token that has Latin in it; an accent only in a key-like token with a
                // digit ("Müller" and "café" stay as written, "p4ssw\u00F6rd" folds).
                var confusable = fold == FoldTable.Confusable;
                if (confusable ? !token.Latin : !token.Digit)
                {
                    builder.Append(c, i, i + 1);
                    return 1;
                }

                builder.Append(confusable ? FoldTable.Latin(c) : FoldTable.Base(c), i, i + 1);
                return -1;
            default:
                builder.Append(fold, i, i + 1);
                return -1;
        }
    }

    // The end of the token around position, whether it mixes in Latin (an ASCII letter or digit, or a character
    // that folds to one: full-width, mathematical, other scripts' digits) and whether it holds a digit. A token is
    // a run of letters, digits, marks, surrogates, '_', '-' and format characters (which the fold removes).
    private static (int End, TokenKind Kind) Token(string text, int position)
    {
        var start = position;
        while (start > 0 && IsTokenChar(text[start - 1]))
        {
            start--;
        }

        var end = position;
        while (end < text.Length && IsTokenChar(text[end]))
        {
            end++;
        }

        var (latin, digit) = (false, false);
        for (var i = start; i < end && !(latin && digit); i++)
        {
            var c = text[i];
            var ascii = c < 0x80 ? c
                : char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? FoldTable.OfAstral(char.ConvertToUtf32(c, text[i + 1]))
                : FoldTable.Of(c);
            latin |= char.IsAsciiLetterOrDigit(ascii);
            digit |= char.IsAsciiDigit(ascii);
        }

        return (end, new TokenKind(latin, digit));
    }

    private readonly record struct TokenKind(bool Latin, bool Digit);

    private static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c is '_' or '-' || FoldTable.Of(c) is FoldTable.Remove or FoldTable.Mark;
}
