using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Detection.Names;

/// <summary>
/// Finds people's names without a cue word: a listed given name, optional middle names or initials, then a
/// surname (listed, after a particle such as "van der", or a listed given name used as one). A given name that
/// is also a common word, brand or place ("Will", "Grace", "Jordan") needs a surname that is not one. Names next
/// to a street, place or organisation word ("Victoria Road", "Johns Hopkins University") are not persons. One
/// pass over the text, hash lookups per word, no allocation per candidate.
/// </summary>
internal sealed class NameScanner(NameLexicon lexicon, int rule)
{
    /// <summary>The anchor a rule names to be run by this scanner over the whole text instead of by its regex.</summary>
    public const string Anchor = "{names}";

    private const int MaxMiddle = 2;
    private const int MinUnlistedSurname = 3;
    private const int MaxIntroduction = 12;

    // Self-introductions in the languages the lists cover; the name after one may stand alone.
    private static readonly string[] Introductions = ["I'm", "I’m", "I am", "call me", "Ich bin", "je suis", "je m'appelle", "me llamo", "soy", "mi chiamo", "sono", "ik ben"];

    /// <summary>Index of the rule whose filters (allow patterns) and identity the findings carry.</summary>
    public int Rule { get; } = rule;

    public void Scan(string text, CompiledRule rule, GlobalAllowList allow, List<Candidate> output)
    {
        Span<NameUnit> units = stackalloc NameUnit[NameRuns.MaxUnits];
        var span = text.AsSpan();
        var at = 0;
        while ((at = NameRuns.NextStart(span, at)) >= 0)
        {
            var count = NameRuns.Read(span, at, units, out var end);
            if (count >= 2)
            {
                FindIn(text, units[..count], rule, allow, output);
            }
            else if (count == 1 && IntroducedAlone(span, units[0]))
            {
                Emit(text, units[0].Start, units[0].End, rule, allow, output);
            }

            at = Math.Max(end, at + 1);
        }
    }

    private void FindIn(string text, ReadOnlySpan<NameUnit> units, CompiledRule rule, GlobalAllowList allow, List<Candidate> output)
    {
        var span = text.AsSpan();
        var k = 0;
        while (k < units.Length - 1)
        {
            var last = NameEnd(span, units, k);
            if (last < 0 || !Plausible(span, units, k, last))
            {
                k++;
                continue;
            }

            Emit(text, units[k].Start, units[last].End, rule, allow, output);
            k = last + 1;
        }
    }

    private static void Emit(string text, int start, int end, CompiledRule rule, GlobalAllowList allow, List<Candidate> output)
    {
        if (rule.Accept(text, start, end, out var priority) && !allow.Allows(text.AsSpan(start, end - start)))
        {
            output.Add(new Candidate(start, end, rule.Index, priority, Validated: false));
        }
    }

    // "I'm Oliver, born ...": a lone plain given name right after a self-introduction.
    private bool IntroducedAlone(ReadOnlySpan<char> text, NameUnit unit)
    {
        var word = text[unit.Start..unit.End];
        if (unit.Kind is not NameUnitKind.Word || !lexicon.IsGiven(word) || lexicon.IsExcluded(word) || unit.Start < 2 || text[unit.Start - 1] != ' ')
        {
            return false;
        }

        var before = text[Math.Max(0, unit.Start - 1 - MaxIntroduction)..(unit.Start - 1)];
        foreach (var cue in Introductions)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (before.Length == cue.Length || !char.IsLetter(before[before.Length - cue.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // The index of the unit that ends the name starting at k, or -1 when none does.
    private int NameEnd(ReadOnlySpan<char> text, ReadOnlySpan<NameUnit> units, int k)
    {
        var first = units[k];
        if (first.Kind is not NameUnitKind.Word || !IsGiven(text[first.Start..first.End]))
        {
            return -1;
        }

        var last = -1;
        var middles = 0;
        for (var j = k + 1; j < units.Length; j++)
        {
            var unit = units[j];
            var word = text[unit.Start..unit.End];
            switch (unit.Kind)
            {
                case NameUnitKind.Initial when middles < MaxMiddle && last < 0:
                    middles++;
                    continue;
                case NameUnitKind.Particle:
                    // "van der Berg", "de la Cruz": whatever capitalised word follows the particles is the surname.
                    while (j < units.Length && units[j].Kind is NameUnitKind.Particle)
                    {
                        j++;
                    }

                    return j < units.Length && units[j].Kind is NameUnitKind.Word or NameUnitKind.Capitals ? j : last;
                case NameUnitKind.Word or NameUnitKind.Capitals when lexicon.IsStopWord(word):
                    // "Kevin Hall" is a person, "Kevin Hall Road" and "Victoria Park" are not: a surname that is
                    // also a place word ends the name only when it ends the run after a plain given name.
                    return j == units.Length - 1 && !lexicon.IsExcluded(text[first.Start..first.End]) && IsSurname(word) ? j : last;
                case NameUnitKind.Word or NameUnitKind.Capitals when IsSurname(word) || (unit.Kind is NameUnitKind.Word && IsGiven(word)):
                    last = j;
                    continue;
                case NameUnitKind.Word when last < 0 && j == units.Length - 1 && IsUnlistedSurname(text[first.Start..first.End], word):
                    return j;
            }

            break;
        }

        return last;
    }

    // Context checks on a name ending at unit `last`: common-word pairs, brands, places and organisations.
    private bool Plausible(ReadOnlySpan<char> text, ReadOnlySpan<NameUnit> units, int k, int last)
    {
        var given = text[units[k].Start..units[k].End];
        if (lexicon.IsExcluded(given) && !HasPlainSurname(text, units, k + 1, last))
        {
            return false;
        }

        if (lexicon.IsExcludedPhrase(text[units[k].Start..units[last].End])
            || lexicon.IsExcludedPhrase(text[units[k].Start..units[k + 1].End]))
        {
            return false;
        }

        if (last + 1 < units.Length && lexicon.IsStopWord(Word(text, units[last + 1])))
        {
            return false;
        }

        return k == 0 ? !StopWordBefore(text, units[k].Start) : !lexicon.IsStopWord(Word(text, units[k - 1]));
    }

    // A surname (or middle name) among units [from, last] that is not itself a common word, brand or place.
    private bool HasPlainSurname(ReadOnlySpan<char> text, ReadOnlySpan<NameUnit> units, int from, int last)
    {
        for (var j = from; j <= last; j++)
        {
            var unit = units[j];
            if (unit.Kind is NameUnitKind.Word or NameUnitKind.Capitals && !lexicon.IsExcluded(Word(text, unit)) && !lexicon.IsStopWord(Word(text, unit)))
            {
                return true;
            }
        }

        return false;
    }

    // "St. John Smith", "Mount Sarah": a place word right before the run (through a dot and a space).
    private bool StopWordBefore(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '.')
        {
            end--;
        }

        if (end == start || start - end > 2)
        {
            return false;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return begin < end && lexicon.IsStopWord(text[begin..end]);
    }

    // No list holds every surname ("Aisha Tanaka"): after a plain given name, the last word of a run that is not a
    // common English word, brand, place or street word is taken as one.
    private bool IsUnlistedSurname(ReadOnlySpan<char> given, ReadOnlySpan<char> word) =>
        word.Length >= MinUnlistedSurname && !lexicon.IsExcluded(given)
        && !lexicon.IsCommonWord(word) && !lexicon.IsExcluded(word) && !lexicon.IsStopWord(word);

    private bool IsGiven(ReadOnlySpan<char> word) => lexicon.IsGiven(word) || (HyphenAt(word) is var h && h > 0 && lexicon.IsGiven(word[..h]));

    private bool IsSurname(ReadOnlySpan<char> word)
    {
        if (lexicon.IsSurname(word))
        {
            return true;
        }

        // Smith-Jones: either half; O'Brien and McDonald: the listed stem after the prefix.
        var hyphen = HyphenAt(word);
        if (hyphen > 0)
        {
            return lexicon.IsSurname(word[..hyphen]) || lexicon.IsSurname(word[(hyphen + 1)..]);
        }

        return word.Length > 3 && word[1] is '\'' or '’' && char.IsUpper(word[2])
            || word.Length > 3 && word.StartsWith("Mc", StringComparison.Ordinal) && char.IsUpper(word[2]);
    }

    private static int HyphenAt(ReadOnlySpan<char> word) => word.IndexOf('-');

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, NameUnit unit) => text[unit.Start..unit.End];
}
