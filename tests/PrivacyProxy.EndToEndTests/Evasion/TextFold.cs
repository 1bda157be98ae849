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
        var folded = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = CodePointAt(text, i, out int width);
            i += width - 1;
            folded.Append(FoldOne(codePoint, text, i - width + 1));
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

    private static string FoldOne(int codePoint, string text, int at)
    {
        if (codePoint < 0x80)
        {
            return ((char)codePoint).ToString();
        }

        if (codePoint is >= 0xFF01 and <= 0xFF5E)
        {
            return ((char)(codePoint - 0xFEE0)).ToString();
        }

        if (codePoint is >= 0x1D400 and <= 0x1D6A3)
        {
            int letter = (codePoint - 0x1D400) % 52;
            return ((char)(letter < 26 ? 'A' + letter : 'a' + letter - 26)).ToString();
        }

        if (codePoint is >= 0x1D7CE and <= 0x1D7FF)
        {
            return ((char)('0' + (codePoint - 0x1D7CE) % 10)).ToString();
        }

        if (codePoint > 0xFFFF)
        {
            return char.ConvertFromUtf32(codePoint);
        }

        char c = (char)codePoint;
        if (Confusables.TryGetValue(c, out char latin))
        {
            return latin.ToString();
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, at) switch
        {
            UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => "",
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => " ",
            UnicodeCategory.DashPunctuation => "-",
            UnicodeCategory.DecimalDigitNumber => ((char)('0' + (int)char.GetNumericValue(c))).ToString(),
            _ when c == '\u2212' => "-",
            _ => c.ToString(),
        };
    }
}
