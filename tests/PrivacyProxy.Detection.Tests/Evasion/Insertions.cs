using System.Text;

namespace PrivacyProxy.Detection.Tests.Evasion;

/// <summary>
/// Random disguises of a value (issue 7, items 3 and 5), each drawn from a seeded <see cref="Random"/>: format
/// characters inserted anywhere, separators swapped for space-likes or line breaks, a key wrapped at a random point,
/// characters swapped for full-width forms, letters for Cyrillic or Greek look-alikes, digits for another script's.
/// </summary>
internal static class Insertions
{
    public static readonly string[] FormatCharacters =
        ["\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\u200E", "\u200F", "\uFEFF", "\u202A", "\u202C", "\u2066", "\u2069", "\u180E"];

    public static readonly string[] SpaceLikes = ["\u00A0", "\u2009", "\u202F", "\u2007", "\u2002", "\u2003", "\u3000", "\u205F"];

    public static readonly string[] LineBreaks = ["\n", "\r\n", "\n  ", "\n\t"];

    private static readonly int[] DigitZeros = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE, 0x1D7EC];

    private static readonly Dictionary<char, string[]> LookAlikes = new()
    {
        ['A'] = ["А", "Α"], ['B'] = ["В", "Β"], ['C'] = ["С"], ['E'] = ["Е", "Ε"], ['H'] = ["Н", "Η"], ['I'] = ["І", "Ι"], ['K'] = ["К", "Κ"],
        ['M'] = ["М", "Μ"], ['N'] = ["Ν"], ['O'] = ["О", "Ο"], ['P'] = ["Р", "Ρ"], ['T'] = ["Т", "Τ"], ['X'] = ["Х", "Χ"], ['Y'] = ["У", "Υ"],
        ['Z'] = ["Ζ"], ['a'] = ["а"], ['c'] = ["с"], ['e'] = ["е"], ['o'] = ["о", "ο"], ['p'] = ["р", "ρ"], ['x'] = ["х"], ['y'] = ["у"],
        ['i'] = ["і"], ['s'] = ["ѕ"], ['j'] = ["ј"],
    };

    /// <summary>One to three format characters at random inner positions.</summary>
    public static string Format(string value, Random random)
    {
        var shown = new StringBuilder(value);
        int count = random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            shown.Insert(random.Next(1, shown.Length), FormatCharacters[random.Next(FormatCharacters.Length)]);
        }

        return shown.ToString();
    }

    /// <summary>Every space between groups swapped for a random space-like.</summary>
    public static string Spaces(string value, Random random) => Swap(value, ' ', () => SpaceLikes[random.Next(SpaceLikes.Length)]);

    /// <summary>
    /// A card one group per line; a key wrapped once at a random point (as pasted from a mail or a terminal at a
    /// fixed width).
    /// </summary>
    public static string Lines(string value, Random random)
    {
        string lineBreak = LineBreaks[random.Next(LineBreaks.Length)];
        return value.Contains(' ', StringComparison.Ordinal)
            ? value.Replace(" ", lineBreak, StringComparison.Ordinal)
            : value.Insert(random.Next(Math.Min(8, value.Length - 1), value.Length - 1), lineBreak);
    }

    /// <summary>A random half (at least one) of the printable characters in their full-width form.</summary>
    public static string FullWidth(string value, Random random)
    {
        var shown = new StringBuilder();
        int forced = random.Next(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            shown.Append(c is > ' ' and <= '~' && (i == forced || random.Next(2) == 0) ? (char)(c + 0xFEE0) : c);
        }

        return shown.ToString();
    }

    /// <summary>
    /// Letters with a Cyrillic or Greek look-alike swapped for it (each with even odds, at least one), or all digits
    /// in one other script (or both).
    /// </summary>
    public static string Confusable(string value, Random random)
    {
        var candidates = Enumerable.Range(0, value.Length).Where(i => LookAlikes.ContainsKey(value[i]) || char.IsAsciiDigit(value[i])).ToList();
        int forced = candidates[random.Next(candidates.Count)];
        int zero = DigitZeros[random.Next(DigitZeros.Length)];
        bool digits = random.Next(2) == 0 || !candidates.Any(i => LookAlikes.ContainsKey(value[i]));
        var shown = new StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsAsciiDigit(c) && digits)
            {
                shown.Append(char.ConvertFromUtf32(zero + c - '0'));
            }
            else if (LookAlikes.TryGetValue(c, out var others) && (i == forced || random.Next(2) == 0))
            {
                shown.Append(others[random.Next(others.Length)]);
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    private static string Swap(string value, char separator, Func<string> next)
    {
        var shown = new StringBuilder();
        foreach (char c in value)
        {
            shown.Append(c == separator ? next() : c.ToString());
        }

        return shown.ToString();
    }
}
