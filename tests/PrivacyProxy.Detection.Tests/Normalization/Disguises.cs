using System.Text;

namespace PrivacyProxy.Detection.Tests.Normalization;

/// <summary>
/// Seeded rewrites of a value that a reader still reads as the same value: zero-width and bidi characters
/// inside it, other space and dash characters for its separators, full-width, mathematical or other-script forms
/// of its letters and digits, Cyrillic and Greek look-alike letters, and a line break (with e-mail quoting or
/// indentation) inside a key.
/// </summary>
internal static class Disguises
{
    private static readonly string[] FormatChars = ["\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202C", "\u202E", "\u2066", "\u2069"];
    private static readonly string[] Spaces = ["\u00A0", "\u2009", "\u202F", "\u3000", "\u2007", "\u2002", "\u205F"];
    private static readonly string[] Dashes = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uFE63", "\uFF0D"];
    private static readonly string[] Breaks = ["\n", "\r\n", "\n> ", "\r\n>> ", "\n    ", "\n\t"];
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['a'] = 'а', ['e'] = 'е', ['o'] = 'о', ['p'] = 'р', ['c'] = 'с', ['x'] = 'х', ['y'] = 'у',
        ['A'] = 'А', ['B'] = 'В', ['E'] = 'Е', ['K'] = 'К', ['M'] = 'М', ['H'] = 'Н', ['O'] = 'Ο', ['P'] = 'Р',
        ['C'] = 'С', ['T'] = 'Т', ['X'] = 'Χ', ['Z'] = 'Ζ', ['N'] = 'Ν', ['I'] = 'Ι',
    };

    private static readonly int[] DigitZeros = [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10];

    public delegate string Disguise(string value, Random random);

    /// <summary>The disguises that fit <paramref name="planted"/>, by name.</summary>
    public static IReadOnlyList<(string Name, Disguise Apply)> For(PlantedValue planted)
    {
        var list = new List<(string, Disguise)>
        {
            ("format characters", InsertFormatChars),
            ("full-width", (v, r) => Substitute(v, r, c => char.IsAsciiLetterOrDigit(c) ? ((char)(c + 0xFEE0)).ToString() : null)),
        };
        if (planted.Grouped)
        {
            list.Add(("other spaces", (v, r) => ReplaceAll(v, ' ', Spaces[r.Next(Spaces.Length)])));
            list.Add(("other dashes", (v, r) => ReplaceAll(v, '-', Dashes[r.Next(Dashes.Length)])));
            list.Add(("other-script digits", (v, r) => Substitute(v, r, c => char.IsAsciiDigit(c) ? char.ConvertFromUtf32(DigitZeros[r.Next(DigitZeros.Length)] + c - '0') : null)));
        }

        if (planted.Key)
        {
            list.Add(("look-alike letters", (v, r) => Substitute(v, r, c => LookAlikes.TryGetValue(c, out var l) ? l.ToString() : null)));
            list.Add(("mathematical letters", (v, r) => Substitute(v, r, Mathematical)));
        }

        if (planted.Wraps)
        {
            list.Add(("line break", WrapOnce));
        }

        return list;
    }

    private static string InsertFormatChars(string value, Random random)
    {
        var text = new StringBuilder(value);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            text.Insert(Between(text.ToString(), random, 1, text.Length), FormatChars[random.Next(FormatChars.Length)]);
        }

        return text.ToString();
    }

    // Rewrites a random share of the characters that have a replacement (at least one).
    private static string Substitute(string value, Random random, Func<char, string?> replacement)
    {
        var candidates = Enumerable.Range(0, value.Length).Where(i => replacement(value[i]) is not null).ToList();
        if (candidates.Count == 0)
        {
            return value;
        }

        var chosen = candidates.Where(_ => random.Next(3) == 0).DefaultIfEmpty(candidates[random.Next(candidates.Count)]).ToHashSet();
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            text.Append(chosen.Contains(i) ? replacement(value[i]) : value[i].ToString());
        }

        return text.ToString();
    }

    private static string ReplaceAll(string value, char from, string to) => value.Replace(from.ToString(), to, StringComparison.Ordinal);

    private static string? Mathematical(char c) => c switch
    {
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D400 + c - 'A'),
        >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D41A + c - 'a'),
        >= '0' and <= '9' => char.ConvertFromUtf32(0x1D7CE + c - '0'),
        _ => null,
    };

    // One break in the middle half of the key, where an e-mail client or a fixed-width column would put it.
    private static string WrapOnce(string value, Random random)
    {
        var at = Between(value, random, value.Length / 4, value.Length * 3 / 4);
        return value[..at] + Breaks[random.Next(Breaks.Length)] + value[at..];
    }

    // A position in [min, max) that does not split a surrogate pair (text never holds half a character).
    private static int Between(string value, Random random, int min, int max)
    {
        var at = random.Next(min, max);
        return char.IsLowSurrogate(value[at]) ? at - 1 : at;
    }
}
