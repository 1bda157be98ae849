using System.Text;

namespace PrivacyProxy.Detection.Tests.Lists;

/// <summary>
/// Seeded random texts built from list entries and their near misses: case changes, a letter more or less, glued
/// to words or hyphens, wrapped in punctuation; optionally with separator and apostrophe variants inside entries.
/// </summary>
internal sealed class ListText(IReadOnlyList<string> entries, int seed)
{
    private static readonly string[] Fillers = ["the", "patient", "acute", "type", "disease", "x", "2", "of", "syndrome", "mg", "_", "s"];
    private static readonly string[] Joins = [", ", ". ", " (", ") ", "/", "; ", ": ", "\"", " = "];
    private static readonly string[] SeparatorVariants = [" ", "  ", "-", "\u2013", "\u00A0", " - ", "\n", "\t\t", "         "];
    private static readonly string[] ApostropheVariants = ["'", "\u2019", "\u2018", "\u02BC", "`"];

    private readonly Random _random = new(seed);

    /// <summary>Tokens joined by punctuation (never a space alone), entries spelled as listed: the old regex's ground.</summary>
    public string AsListed(int tokens) => Build(tokens, variants: false);

    /// <summary>Tokens joined by anything, separators and apostrophes inside entries varied.</summary>
    public string WithVariants(int tokens) => Build(tokens, variants: true);

    private string Build(int tokens, bool variants)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens; i++)
        {
            text.Append(variants && _random.Next(3) == 0 ? Pick(SeparatorVariants) : Pick(Joins));
            text.Append(Token(variants));
        }

        return text.ToString();
    }

    private string Token(bool variants)
    {
        var entry = Case(Pick(entries));
        if (variants)
        {
            entry = Vary(entry);
        }

        return _random.Next(10) switch
        {
            0 => entry[..^1],
            1 => entry + (char)('a' + _random.Next(26)),
            2 => "pre-" + entry,
            3 => entry + "-x",
            4 => entry + "_1",
            5 => Pick(Fillers),
            6 => "4" + entry,
            _ => entry,
        };
    }

    private string Case(string entry) => _random.Next(4) switch
    {
        0 => entry.ToUpperInvariant(),
        1 => char.ToUpperInvariant(entry[0]) + entry[1..],
        2 => new string([.. entry.Select(c => _random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)]),
        _ => entry,
    };

    private string Vary(string entry)
    {
        var text = new StringBuilder();
        foreach (var c in entry)
        {
            text.Append(c switch
            {
                ' ' or '-' => Pick(SeparatorVariants),
                '\'' => Pick(ApostropheVariants),
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
