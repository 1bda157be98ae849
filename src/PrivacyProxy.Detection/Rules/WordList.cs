using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Rules;

/// <summary>A rule's word list (lists/NAME.txt): reading it and the whole-word pattern its rule runs.</summary>
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

    // Longest words first so "type 2 diabetes" wins over "diabetes" at the same position.
    public static string Pattern(IReadOnlyList<string> words) =>
        @"(?<![\w-])(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")(?![\w-])";
}
