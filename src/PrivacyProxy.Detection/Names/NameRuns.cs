using System.Buffers;
using System.Collections.Frozen;

namespace PrivacyProxy.Detection.Names;

/// <summary>
/// Splits text into runs of capitalised words joined by single spaces (with middle initials and surname
/// particles inside), the only places a name without a cue can be. Words glued to code (<c>John.Smith()</c>,
/// <c>user_John</c>, <c>JaneDoe</c>) end or break a run, so identifiers never form one.
/// </summary>
internal static class NameRuns
{
    public const int MaxUnits = 8;

    // Every capital letter of Latin scripts (ASCII, Latin-1, Latin Extended-A/B): where a run may start.
    private static readonly SearchValues<char> Capitals = SearchValues.Create(
        [.. Enumerable.Range(0, 0x250).Select(static c => (char)c).Where(char.IsUpper)]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        new[] { "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "zu", "bin", "ibn", "al", "el", "y" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Prefixes after which a capital inside a surname is part of it (McDonald, MacArthur, DeShawn, LaToya, FitzGerald).
    private static readonly string[] InnerCapitalPrefixes = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz", "St"];

    /// <summary>Index of the next capital at or after <paramref name="from"/> that can start a run, or -1.</summary>
    public static int NextStart(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(Capitals);
            if (found < 0)
            {
                return -1;
            }

            var at = from + found;
            if (at == 0 || CanPrecede(text[at - 1]))
            {
                return at;
            }

            from = SkipWord(text, at);
        }

        return -1;
    }

    /// <summary>
    /// Reads the run starting at <paramref name="start"/> into <paramref name="units"/>; returns how many units it
    /// holds and sets <paramref name="end"/> to where scanning resumes (the run's end, or past a run too long to be
    /// a name, which is a heading or a title-case phrase).
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int start, Span<NameUnit> units, out int end)
    {
        var count = 0;
        var at = start;
        end = start;
        while (true)
        {
            var unit = ReadUnit(text, at, count == 0);
            if (unit is null)
            {
                break;
            }

            if (count == units.Length)
            {
                // A heading or a list of capitalised words: no name is read in it.
                end = SkipRun(text, at);
                return 0;
            }

            units[count++] = unit.Value;
            end = unit.Value.End;
            if (end + 1 >= text.Length || text[end] is not (' ' or '\t') || !CanFollowInRun(text[end + 1]))
            {
                break;
            }

            at = end + 1;
        }

        // A particle or an initial cannot end a run.
        while (count > 0 && units[count - 1].Kind is NameUnitKind.Particle)
        {
            count--;
        }

        if (count > 0)
        {
            end = Math.Max(end, units[count - 1].End);
        }
        else
        {
            end = SkipWord(text, start);
        }

        return count;
    }

    private static NameUnit? ReadUnit(ReadOnlySpan<char> text, int at, bool first)
    {
        if (at >= text.Length)
        {
            return null;
        }

        var c = text[at];
        if (char.IsLower(c))
        {
            var wordEnd = SkipLetters(text, at);
            return !first && Particles.Contains(text[at..wordEnd]) && wordEnd < text.Length && text[wordEnd] == ' '
                ? new NameUnit(at, wordEnd, NameUnitKind.Particle)
                : null;
        }

        if (!char.IsUpper(c))
        {
            return null;
        }

        // An initial: "J." or a lone capital, followed by a space.
        if (!first && (at + 1 >= text.Length || !char.IsLetter(text[at + 1])) && !JoinsNextPart(text, at + 1))
        {
            var initialEnd = at + 1 < text.Length && text[at + 1] == '.' ? at + 2 : at + 1;
            return initialEnd < text.Length && text[initialEnd] == ' ' ? new NameUnit(at, initialEnd, NameUnitKind.Initial) : null;
        }

        var end = WordEnd(text, at, out var valid, out var capitals);
        if (!valid || !EndsCleanly(text, end))
        {
            return null;
        }

        return new NameUnit(at, end, capitals ? NameUnitKind.Capitals : NameUnitKind.Word);
    }

    // A name word: letters, with O'Brien / D'Angelo apostrophes and Smith-Jones hyphens before a capital.
    private static int WordEnd(ReadOnlySpan<char> text, int at, out bool valid, out bool capitals)
    {
        var end = at + 1;
        var lower = 0;
        var partLower = 0;
        valid = true;
        var partStart = at;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLower(c))
            {
                lower++;
                partLower++;
                end++;
            }
            else if (char.IsUpper(c))
            {
                // An inner capital is part of a surname only after a known prefix (McDonald), else it is CamelCase.
                if (partLower > 0 && !HasInnerCapitalPrefix(text[partStart..end]))
                {
                    valid = false;
                }

                end++;
            }
            else if (JoinsNextPart(text, end))
            {
                end++;
                partStart = end;
                partLower = 0;
            }
            else
            {
                break;
            }
        }

        capitals = lower == 0;
        valid &= capitals ? end - at >= 2 : lower >= 1;
        return end;
    }

    // An apostrophe or hyphen inside a name, before a capital: O'Brien, D'Angelo, Smith-Jones, Jean-Pierre.
    private static bool JoinsNextPart(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && text[at] is '\'' or '’' or '-' && char.IsUpper(text[at + 1]);

    private static bool HasInnerCapitalPrefix(ReadOnlySpan<char> part)
    {
        foreach (var prefix in InnerCapitalPrefixes)
        {
            if (part.SequenceEqual(prefix))
            {
                return true;
            }
        }

        return false;
    }

    // What may follow a name word: not code (John.Smith, Smith(), Smith_2, Smith@host, Smith::x).
    private static bool EndsCleanly(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var c = text[end];
        if (char.IsLetterOrDigit(c) || c is '_' or '(' or '[' or '{' or '@' or '$' or '#' or '/' or '\\' or '=' or '<')
        {
            return false;
        }

        return c is not ('.' or ':') || end + 1 >= text.Length || !(char.IsLetterOrDigit(text[end + 1]) || text[end + 1] is '_' or ':');
    }

    // What may stand right before a run: not a letter, digit or code joiner (obj.John, $John, user_John, @John, /John).
    private static bool CanPrecede(char c) =>
        !char.IsLetterOrDigit(c) && c is not ('_' or '.' or '$' or '@' or '#' or '/' or '\\' or '-' or '%' or '&' or '<' or '`');

    private static bool CanFollowInRun(char c) => char.IsUpper(c) || char.IsLower(c);

    private static int SkipLetters(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsLetter(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int SkipWord(ReadOnlySpan<char> text, int at)
    {
        at++;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '\'' or '’' or '-'))
        {
            at++;
        }

        return at;
    }

    private static int SkipRun(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] is not ('\n' or '\r' or '.' or ',' or ';' or '!' or '?'))
        {
            at++;
        }

        return at;
    }
}
