using System.Collections.Frozen;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Names;

/// <summary>
/// The name lists of rules/lists (given names, surnames, exclusions, stop words) as hash sets that answer for a
/// span of the text without allocating. Read once when the rules compile.
/// </summary>
internal sealed class NameLexicon
{
    public const string GivenNamesList = "given-names";
    public const string SurnamesList = "surnames";
    public const string ExclusionsList = "name-exclusions";
    public const string StopWordsList = "name-stopwords";
    public const string CommonWordsList = "name-common-words";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _given;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exclusions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords;

    private NameLexicon(List<string> given, List<string> surnames, List<string> exclusions, List<string> stopWords, List<string> commonWords)
    {
        _commonWords = Set(commonWords);
        _given = Set(given);
        _surnames = Set(surnames);
        _exclusions = Set(exclusions.Where(static e => !e.Contains(' ')));
        _phrases = Set(exclusions.Where(static e => e.Contains(' ')));
        _stopWords = Set(stopWords);
    }

    /// <summary>Reads the five lists; a missing or empty list is an error of <paramref name="definition"/>.</summary>
    public static NameLexicon? Load(string directory, RuleDefinition definition, List<RuleError> errors)
    {
        var given = Read(directory, GivenNamesList, definition, errors);
        var surnames = Read(directory, SurnamesList, definition, errors);
        var exclusions = Read(directory, ExclusionsList, definition, errors);
        var stopWords = Read(directory, StopWordsList, definition, errors);
        var commonWords = Read(directory, CommonWordsList, definition, errors);
        return given is null || surnames is null || exclusions is null || stopWords is null || commonWords is null
            ? null
            : new NameLexicon(given, surnames, exclusions, stopWords, commonWords);
    }

    public bool IsGiven(ReadOnlySpan<char> word) => _given.Contains(word);

    public bool IsSurname(ReadOnlySpan<char> word) => _surnames.Contains(word);

    /// <summary>A word that is also a common noun, brand, place or month: a name only when the context says so.</summary>
    public bool IsExcluded(ReadOnlySpan<char> word) => _exclusions.Contains(word);

    /// <summary>A whole candidate ("Morgan Stanley") that is a brand or a documentation placeholder, never a person.</summary>
    public bool IsExcludedPhrase(ReadOnlySpan<char> phrase) => _phrases.Contains(phrase);

    /// <summary>A word that makes a neighbouring name a place, street or organisation ("Road", "Hospital", "Inc").</summary>
    public bool IsStopWord(ReadOnlySpan<char> word) => _stopWords.Contains(word);

    /// <summary>An English word written in lower case in running text ("server", "config"): not an unlisted surname.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _commonWords.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static List<string>? Read(string directory, string name, RuleDefinition definition, List<RuleError> errors)
    {
        var path = Path.Combine(directory, "lists", name + ".txt");
        if (!File.Exists(path))
        {
            errors.Add(new RuleError(definition.File, definition.Id, $"name list '{name}' not found (expected lists/{name}.txt)"));
            return null;
        }

        var words = File.ReadAllLines(path).Select(static l => l.Trim()).Where(static l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (words.Count == 0)
        {
            errors.Add(new RuleError(definition.File, definition.Id, $"name list '{name}' is empty"));
            return null;
        }

        return words;
    }
}
