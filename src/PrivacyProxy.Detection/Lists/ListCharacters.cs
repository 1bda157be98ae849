using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Lists;

/// <summary>
/// How a word list reads characters: which ones end a whole word (the regex class <c>[\w-]</c>, taken from .NET's
/// own regex so the boundary is exactly the one list rules had), which separate the words of a multi-word entry
/// (spaces and hyphens, read as one), and which are apostrophes (every variant read as <c>'</c>).
/// </summary>
internal static class ListCharacters
{
    /// <summary>The symbol a run of separators reads as (never a character of the text).</summary>
    public const char Separator = '\u0000';

    /// <summary>A separator run longer than this ends the entry: it bounds the work per position.</summary>
    public const int MaxSeparatorRun = 8;

    private static readonly bool[] WordOrHyphen = BuildWordTable();

    /// <summary>True when <paramref name="c"/> continues a word (<c>[\w-]</c>): a list entry may not start or end next to it.</summary>
    public static bool IsWordOrHyphen(char c) => WordOrHyphen[c];

    /// <summary>Spaces, tabs, line breaks, no-break and narrow spaces, hyphens and en dashes.</summary>
    public static bool IsSeparator(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '-' or '\u00A0' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        >= '\u2010' and <= '\u2013' => true,
        _ => false,
    };

    /// <summary>Typewriter, typographic and modifier apostrophes, primes and accents used as apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '`';

    /// <summary>The symbol a non-separator character reads as.</summary>
    public static char Fold(char c, bool ignoreCase) => IsApostrophe(c) ? '\'' : ignoreCase ? char.ToLowerInvariant(c) : c;

    // One regex pass over every UTF-16 code unit: the table agrees with [\w-] by construction.
    private static bool[] BuildWordTable()
    {
        var all = string.Create(char.MaxValue + 1, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)i;
            }
        });
        var table = new bool[char.MaxValue + 1];
        foreach (var match in Regex.EnumerateMatches(all, @"[\w-]", RegexOptions.CultureInvariant))
        {
            table[match.Index] = true;
        }

        return table;
    }
}
