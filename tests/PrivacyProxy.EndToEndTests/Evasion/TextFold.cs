using System.Globalization;
using System.Text;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// The leak finder's own folding (written apart from the proxy's, so it checks it rather than repeats it):
/// full-width and mathematical letters and digits to ASCII, other scripts' decimal digits to ASCII digits,
/// format characters and combining marks dropped, every space-like character a space, dash-likes a hyphen,
/// Cyrillic and Greek look-alikes to their Latin letters. The build runs in invariant globalization mode, where
/// <see cref="string.Normalize()"/> does not fold, so the tables are here.
/// </summary>
internal static class TextFold
{
    private static readonly Dictionary<char, char> Confusables = new()
    {
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P',
        ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S', ['Ԛ'] = 'Q', ['Ԝ'] = 'W',
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['х'] = 'x', ['у'] = 'y', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԛ'] = 'q', ['ԝ'] = 'w',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M',
        ['Ν'] = 'N', ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
        ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ν'] = 'v', ['ι'] = 'i', ['κ'] = 'k', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x',
        ['ı'] = 'i', ['ℓ'] = 'l',
    };

    /// <summary>The folded text (not offset-preserving: the finder only asks whether a value occurs).</summary>
    public static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = CodePointAt(text, i, out int width);
            FoldOne(codePoint, text, i, folded);
            i += width - 1;
        }

        return folded.ToString();
    }

    /// <summary>Letters and digits only, lower-cased; digits only for a numeric value.</summary>
    public static string Compact(string folded, bool digitsOnly)
    {
        var compact = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsAsciiDigit(c) || (!digitsOnly && char.IsAsciiLetter(c)))
            {
                compact.Append(char.ToLowerInvariant(c));
            }
        }

        return compact.ToString();
    }

    /// <summary>The code point at <paramref name="at"/>; a lone surrogate stays itself.</summary>
    private static int CodePointAt(string text, int at, out int width)
    {
        if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(text[at], text[at + 1]);
        }

        width = 1;
        return text[at];
    }

    private static void FoldOne(int codePoint, string text, int at, StringBuilder folded)
    {
        if (codePoint < 0x80)
        {
            folded.Append((char)codePoint);
        }
        else if (codePoint is >= 0xFF01 and <= 0xFF5E)
        {
            folded.Append((char)(codePoint - 0xFEE0));
        }
        else if (codePoint is >= 0x1D400 and <= 0x1D6A3)
        {
            int letter = (codePoint - 0x1D400) % 52;
            folded.Append((char)(letter < 26 ? 'A' + letter : 'a' + letter - 26));
        }
        else if (codePoint is >= 0x1D7CE and <= 0x1D7FF)
        {
            folded.Append((char)('0' + (codePoint - 0x1D7CE) % 10));
        }
        else if (codePoint > 0xFFFF)
        {
            folded.Append(char.ConvertFromUtf32(codePoint));
        }
        else if (Confusables.TryGetValue((char)codePoint, out char latin))
        {
            folded.Append(latin);
        }
        else
        {
            char c = (char)codePoint;
            switch (CharUnicodeInfo.GetUnicodeCategory(text, at))
            {
                case UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                    break;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    folded.Append(' ');
                    break;
                case UnicodeCategory.DashPunctuation:
                    folded.Append('-');
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    folded.Append((char)('0' + (int)char.GetNumericValue(c)));
                    break;
                default:
                    folded.Append(c == '\u2212' ? '-' : c);
                    break;
            }
        }
    }
}
