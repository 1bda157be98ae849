using System.Runtime.CompilerServices;

namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Builds the folded view of a text (<see cref="FoldTable"/>): what a reader sees, in the ASCII the rules are
/// written for. Text without a character that can fold costs one vectorised search and no allocation.
/// </summary>
internal static class UnicodeFolder
{
    /// <summary>
    /// The folded view of <paramref name="text"/>, or null when folding would change nothing (no character that
    /// folds, or only confusables in tokens without Latin letters or digits, such as Russian prose).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TextView? Fold(string text)
    {
        var first = text.AsSpan().IndexOfAny(FoldTable.Triggers);
        if (first < 0)
        {
            return null;
        }

        var builder = new ViewBuilder(text.Length + 16, 0);
        try
        {
            var changed = false;
            var tokenEnd = -1;
            var tokenLatin = false;
            builder.AppendSource(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                var fold = FoldTable.Of(c);
                if (fold == FoldTable.Keep && char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    fold = FoldTable.OfAstral(char.ConvertToUtf32(c, text[i + 1]));
                    if (fold != FoldTable.Keep)
                    {
                        changed = true;
                        if (fold != FoldTable.Remove)
                        {
                            builder.Append(fold, i, i + 2);
                        }

                        i++;
                        continue;
                    }
                }

                switch (fold)
                {
                    case FoldTable.Keep:
                        builder.Append(c, i, i + 1);
                        continue;
                    case FoldTable.Remove:
                        break;
                    case FoldTable.Expand:
                        foreach (var e in FoldTable.Expansion(c))
                        {
                            builder.Append(e, i, i + 1);
                        }

                        break;
                    case FoldTable.Mark:
                        if (!char.IsAsciiLetter(builder.Last))
                        {
                            builder.Append(c, i, i + 1);
                            continue;
                        }

                        // The mark is part of the letter it sits on: replacing the letter replaces it too.
                        builder.ExtendLast(i + 1);
                        break;
                    case FoldTable.Confusable:
                        if (i >= tokenEnd)
                        {
                            (tokenEnd, tokenLatin) = Token(text, i);
                        }

                        if (!tokenLatin)
                        {
                            builder.Append(c, i, i + 1);
                            continue;
                        }

                        builder.Append(FoldTable.Latin(c), i, i + 1);
                        break;
                    default:
                        builder.Append(fold, i, i + 1);
                        break;
                }

                changed = true;
            }

            return changed ? builder.Build() : null;
        }
        finally
        {
            builder.Dispose();
        }
    }

    // The end of the token around position and whether it mixes in Latin: an ASCII letter or digit, or a
    // character that folds to one (full-width, mathematical, other scripts' digits). A token is a run of letters,
    // digits, marks, surrogates, '_', '-' and format characters (which the fold removes).
    private static (int End, bool Latin) Token(string text, int position)
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

        var latin = false;
        for (var i = start; i < end && !latin; i++)
        {
            var c = text[i];
            latin = char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && char.IsAsciiLetterOrDigit(FoldTable.Of(c)))
                || (char.IsHighSurrogate(c) && i + 1 < end && char.IsAsciiLetterOrDigit(FoldTable.OfAstral(char.ConvertToUtf32(c, text[i + 1]))));
        }

        return (end, latin);
    }

    private static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c is '_' or '-' || FoldTable.Of(c) is FoldTable.Remove or FoldTable.Mark;
}
