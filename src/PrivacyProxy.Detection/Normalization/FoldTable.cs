using System.Buffers;
using System.Globalization;

namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// What each UTF-16 character folds to, computed once: format characters removed, space separators to a space,
/// dash-likes to '-', decimal digits of any script to ASCII digits, compatibility forms whose NFKC form is ASCII
/// (full-width, ligatures, superscripts) to that form; accented Latin letters, combining marks and confusables
/// flagged for the folder to decide in context. <see cref="Triggers"/> holds every
/// character that may fold, so text without one skips folding with one vectorised search.
/// </summary>
internal static class FoldTable
{
    /// <summary>Character left as it is.</summary>
    public const char Keep = '\uFFFF';

    /// <summary>Character removed (format characters).</summary>
    public const char Remove = '\0';

    /// <summary>Character that folds to several ASCII characters (<see cref="Expansion"/>).</summary>
    public const char Expand = '\uFFFE';

    /// <summary>Cyrillic or Greek look-alike of a Latin letter (<see cref="Latin"/>); folded only in a Latin token.</summary>
    public const char Confusable = '\uFFFD';

    /// <summary>Combining mark; dropped after a letter that folded to ASCII.</summary>
    public const char Mark = '\uFFFC';

    /// <summary>Accented Latin letter (<see cref="Base"/>); folded only in a token with a digit, not in names and words.</summary>
    public const char Accented = '\uFFFB';

    private const int MathStart = 0x1D400;
    private const int MathEnd = 0x1D800;

    private static readonly char[] Single = Build(out Expansions, out LatinOf);
    private static readonly Dictionary<char, string> Expansions;
    private static readonly Dictionary<char, char> LatinOf;
    private static readonly char[] MathLetters = BuildMath();

    /// <summary>Every character whose fold may differ from itself, and the high surrogates of folded planes.</summary>
    public static SearchValues<char> Triggers { get; } = BuildTriggers();

    public static char Of(char c) => c < 0x80 ? Keep : Single[c];

    public static string Expansion(char c) => Expansions[c];

    public static char Latin(char c) => LatinOf[c];

    public static char Base(char c) => LatinBases[c - 0xC0];

    /// <summary>
    /// The fold of an astral code point: mathematical alphanumerics to their ASCII letter or digit, tag
    /// characters (invisible ASCII copies, U+E0020-E007E) to that ASCII character, other tags removed;
    /// <see cref="Keep"/> for anything else.
    /// </summary>
    public static char OfAstral(int codePoint) => codePoint switch
    {
        >= MathStart and < MathEnd => MathLetters[codePoint - MathStart],
        >= 0xE0020 and <= 0xE007E => (char)(codePoint - 0xE0000),
        >= 0xE0000 and <= 0xE007F => Remove,
        _ => Keep,
    };

    private static char[] Build(out Dictionary<char, string> expansions, out Dictionary<char, char> latin)
    {
        var table = new char[0x10000];
        expansions = [];
        latin = Confusables.Pairs().ToDictionary(p => p.From, p => p.To);
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (c < 0x80 || char.IsSurrogate(c))
            {
                table[i] = Keep;
                continue;
            }

            var folded = Fold(c);
            if (folded is { Length: > 1 })
            {
                expansions[c] = folded;
                table[i] = Expand;
            }
            else
            {
                table[i] = folded is null ? Keep : folded.Length == 0 ? Remove : folded[0];
            }

            if (table[i] == Keep)
            {
                table[i] = c is >= '\u00C0' and <= '\u017F' && LatinBases[c - 0xC0] != '?' ? Accented
                    : latin.ContainsKey(c) ? Confusable
                    : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? Mark
                    : Keep;
            }
        }

        return table;
    }

    // Base letters of U+00C0-017F ('?': no decomposition to an ASCII letter plus marks, left as it is).
    private const string LatinBases =
        "AAAAAA?CEEEEIIII?NOOOOO??UUUUY??aaaaaa?ceeeeiiii?nooooo??uuuuy?y" +
        "AaAaAaCcCcCcCcDd??EeEeEeEeEeGgGgGgGgHh??IiIiIiIiIi??JjKk?LlLlLl?" +
        "???NnNnNn???OoOoOo??RrRrRrSsSsSsSsTtTt??UuUuUuUuUuUuWwYyYZzZzZzs";

    // Letterlike symbols that fill the holes of the mathematical alphanumeric block, and other one-letter forms.
    private const string LetterlikeFrom = "ℂℊℋℌℍℎℐℑℒℓℕℙℚℛℜℝℤℨℬℭℯℰℱℳℴℹKÅ";
    private const string LetterlikeTo = "CgHHHhIILlNPQRRRZZBCeEFMoiKA";

    // Small form variants (U+FE50-FE6B) whose compatibility form is ASCII punctuation ('?': none).
    private const string SmallForms = ",?.?;:?!-(){}??#&*+-<>=?\\$%@";

    // null: unchanged; "": removed; otherwise the ASCII replacement. The compatibility forms are written out
    // here because the process runs with invariant globalization, where string.Normalize does nothing.
    private static string? Fold(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Format:
                return "";
            case UnicodeCategory.SpaceSeparator:
                return " ";
            case UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return "\n";
            case UnicodeCategory.DecimalDigitNumber:
                return ((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))).ToString();
        }

        return c switch
        {
            >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => "-",
            >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
            '\u00B9' => "1",
            '\u00B2' => "2",
            '\u00B3' => "3",
            '\u2070' => "0",
            >= '\u2074' and <= '\u2079' => ((char)('4' + c - 0x2074)).ToString(),
            >= '\u2080' and <= '\u2089' => ((char)('0' + c - 0x2080)).ToString(),
            >= '\u2460' and <= '\u2473' => (c - 0x2460 + 1).ToString(CultureInfo.InvariantCulture),
            >= '\u24B6' and <= '\u24CF' => ((char)('A' + c - 0x24B6)).ToString(),
            >= '\u24D0' and <= '\u24E9' => ((char)('a' + c - 0x24D0)).ToString(),
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            '\uFB05' or '\uFB06' => "st",
            '\u2024' => ".",
            '\u2044' => "/",
            '\u2236' or '\uA789' or '\uFE13' => ":",
            >= '\uFE50' and <= '\uFE6B' => SmallForms[c - 0xFE50] is var s and not '?' ? s.ToString() : null,
            _ => LetterlikeFrom.IndexOf(c) is var at and >= 0 ? LetterlikeTo[at].ToString() : null,
        };
    }

    // U+1D400-1D6A3: thirteen styles of A-Z a-z (the holes are unassigned); U+1D6A4/5 dotless i and j;
    // U+1D7CE-1D7FF: five styles of 0-9. The Greek styles in between stay as they are.
    private static char[] BuildMath()
    {
        var table = new char[MathEnd - MathStart];
        for (var cp = MathStart; cp < MathEnd; cp++)
        {
            var letter = (cp - MathStart) % 52;
            table[cp - MathStart] = cp switch
            {
                < 0x1D6A4 => (char)(letter < 26 ? 'A' + letter : 'a' + letter - 26),
                0x1D6A4 => 'i',
                0x1D6A5 => 'j',
                >= 0x1D7CE => (char)('0' + (cp - 0x1D7CE) % 10),
                _ => Keep,
            };
        }

        return table;
    }

    private static SearchValues<char> BuildTriggers()
    {
        var chars = new List<char>();
        for (var i = 0x80; i < 0x10000; i++)
        {
            if (!char.IsSurrogate((char)i) && Single[i] != Keep)
            {
                chars.Add((char)i);
            }
        }

        chars.Add(char.ConvertFromUtf32(MathStart)[0]);
        chars.Add(char.ConvertFromUtf32(0xE0000)[0]);
        return SearchValues.Create([.. chars]);
    }
}
