using PrivacyProxy.Detection.Lists;

namespace PrivacyProxy.Detection.Rules;

/// <summary>A rule's word list (lists/NAME.txt): reading it and the anchors that open the list matcher's windows.</summary>
internal static class WordList
{
    public static List<string>? Read(string directory, RuleDefinition definition, List<RuleError> errors)
    {
        var name = definition.List!;
        var path = Path.Combine(directory, "lists", name + ".txt");
        if (name.Any(c => c is '/' or '\\' or '.') || !File.Exists(path))
        {
            errors.Add(new RuleError(definition.File, definition.Id, $"list '{name}' not found (expected lists/{name}.txt)"));
            return null;
        }

        var words = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count == 0)
        {
            errors.Add(new RuleError(definition.File, definition.Id, $"list '{name}' is empty"));
            return null;
        }

        return words;
    }

    /// <summary>
    /// The anchor of an entry: its longest word (at least 3 characters), or the whole entry. A separator or
    /// apostrophe variant in the text ("lithium  carbonate", "Crohn’s disease") still hits that word, and the
    /// rule's window around it reaches the entry's start (entries are far shorter than a window).
    /// </summary>
    public static string Anchor(string entry)
    {
        var (best, start) = ("", 0);
        for (var i = 0; i <= entry.Length; i++)
        {
            if (i < entry.Length && !ListCharacters.IsSeparator(entry[i]) && !ListCharacters.IsApostrophe(entry[i]))
            {
                continue;
            }

            if (i - start > best.Length)
            {
                best = entry[start..i];
            }

            start = i + 1;
        }

        return best.Length >= 3 ? best : entry;
    }
}
