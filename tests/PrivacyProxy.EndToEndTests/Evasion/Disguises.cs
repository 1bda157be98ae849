using System.Text;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>Ways text is disguised by accident or on purpose (issue 7, item 3): each maps a plain value to how it is shown.</summary>
internal static class Disguises
{
    /// <summary>ASCII digits to another script's (or style's) digits starting at <paramref name="zero"/>.</summary>
    public static string Digits(string text, int zero) => Map(text, c => char.IsAsciiDigit(c) ? char.ConvertFromUtf32(zero + c - '0') : null);

    /// <summary>Every printable ASCII character to its full-width form.</summary>
    public static string FullWidth(string text) => Map(text, c => c is > ' ' and <= '~' ? ((char)(c + 0xFEE0)).ToString() : null);

    /// <summary>Letters and digits to mathematical bold.</summary>
    public static string MathBold(string text) => Map(text, c => c switch
    {
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D400 + c - 'A'),
        >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D41A + c - 'a'),
        >= '0' and <= '9' => char.ConvertFromUtf32(0x1D7CE + c - '0'),
        _ => null,
    });

    /// <summary>Inserts <paramref name="mark"/> after every <paramref name="every"/> characters (not at the ends).</summary>
    public static string Every(string text, string mark, int every)
    {
        var shown = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (i > 0 && i % every == 0)
            {
                shown.Append(mark);
            }

            shown.Append(text[i]);
        }

        return shown.ToString();
    }

    /// <summary>Each existing separator (space or hyphen) replaced by <paramref name="separator"/>.</summary>
    public static string Separators(string text, string separator) => Map(text, c => c is ' ' or '-' ? separator : null);

    /// <summary>A combining mark after every letter.</summary>
    public static string Combining(string text, char mark) => Map(text, c => char.IsAsciiLetter(c) ? c + mark.ToString() : null);

    /// <summary>Latin letters that have a look-alike in <paramref name="script"/> replaced by it.</summary>
    public static string Confusable(string text, IReadOnlyDictionary<char, char> script) =>
        Map(text, c => script.TryGetValue(c, out char other) ? other.ToString() : null);

    public static readonly IReadOnlyDictionary<char, char> Cyrillic = new Dictionary<char, char>
    {
        ['A'] = 'А', ['B'] = 'В', ['C'] = 'С', ['E'] = 'Е', ['H'] = 'Н', ['K'] = 'К', ['M'] = 'М', ['O'] = 'О', ['P'] = 'Р', ['T'] = 'Т',
        ['X'] = 'Х', ['a'] = 'а', ['c'] = 'с', ['e'] = 'е', ['o'] = 'о', ['p'] = 'р', ['x'] = 'х', ['y'] = 'у', ['i'] = 'і', ['s'] = 'ѕ',
    };

    public static readonly IReadOnlyDictionary<char, char> Greek = new Dictionary<char, char>
    {
        ['A'] = 'Α', ['B'] = 'Β', ['E'] = 'Ε', ['H'] = 'Η', ['I'] = 'Ι', ['K'] = 'Κ', ['M'] = 'Μ', ['N'] = 'Ν', ['O'] = 'Ο', ['P'] = 'Ρ',
        ['T'] = 'Τ', ['X'] = 'Χ', ['Z'] = 'Ζ', ['o'] = 'ο', ['v'] = 'ν', ['i'] = 'ι', ['k'] = 'κ',
    };

    private static string Map(string text, Func<char, string?> map)
    {
        var shown = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            shown.Append(map(c) ?? c.ToString());
        }

        return shown.ToString();
    }
}
