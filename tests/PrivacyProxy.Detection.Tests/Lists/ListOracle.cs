using System.Text;
using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Lists;
using PrivacyProxy.Detection.Tests.Checks;

namespace PrivacyProxy.Detection.Tests.Lists;

/// <summary>
/// What the list rules ran before the matcher: one whole-word regex alternation, longest entries first; and the
/// same regex with every separator run and apostrophe widened to its variants, the matcher's documented semantics.
/// </summary>
internal static class ListOracle
{
    private const string Separators = @"[ \t\n\r\-\u00A0\u202F\u205F\u3000\u2000-\u200A\u2010-\u2013]";
    private const string Apostrophes = "['\u2019\u2018\u02BC\u2032\u00B4`]";

    public static IReadOnlyList<string> Shipped(string list) =>
        [.. File.ReadAllLines(RepositoryFiles.Rules("lists", list + ".txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The pattern list rules compiled to before the matcher (WordList.Pattern as it was).</summary>
    public static Regex Old(IEnumerable<string> words) => new(
        @"(?<![\w-])(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The old pattern with separator runs (up to 8 characters) and apostrophe variants read as one.</summary>
    public static Regex Widened(IEnumerable<string> words) => new(
        @"(?<![\w-])(?:" + string.Join('|', words.Select(Widen).OrderByDescending(w => w.Symbols).Select(w => w.Pattern)) + @")(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static List<(int Start, int End)> Matches(Regex regex, string text) =>
        [.. regex.Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    public static List<(int Start, int End)> Matches(WordListMatcher matcher, string text)
    {
        var found = new List<(int, int)>();
        var at = 0;
        while (matcher.TryNext(text, at, text.Length, out var start, out var end))
        {
            found.Add((start, end));
            at = end;
        }

        return found;
    }

    private static (string Pattern, int Symbols) Widen(string word)
    {
        var pattern = new StringBuilder();
        var symbols = 0;
        var inSeparator = false;
        foreach (var c in word)
        {
            if (ListCharacters.IsSeparator(c))
            {
                if (!inSeparator)
                {
                    pattern.Append(Separators).Append("{1,8}(?!").Append(Separators).Append(')');
                    symbols++;
                }

                inSeparator = true;
                continue;
            }

            inSeparator = false;
            symbols++;
            pattern.Append(ListCharacters.IsApostrophe(c) ? Apostrophes : Regex.Escape(c.ToString()));
        }

        return (pattern.ToString(), symbols);
    }
}
