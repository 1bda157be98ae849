using System.Buffers;
using System.Collections.Frozen;

namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// Every anchor of a rule set, arranged for the one-pass search: lower-case ASCII search keys for the
/// <see cref="GramFilter"/> (the longest ASCII run of each anchor; a key that starts another stands for it too), the first characters of anchors with no ASCII in them, and the rules that digit and
/// capital-letter runs start.
/// </summary>
internal sealed class AnchorTable
{
    public const string Digit = "{digit}";
    public const string Upper = "{upper}";
    public const string List = "{list}";

    /// <summary>
    /// Parses "{digit}", "{digit:N}", "{upper}" and "{upper:N}": which run and its minimum length ({upper} means
    /// two or more capitals). False for anything else.
    /// </summary>
    public static bool TryParseRun(string anchor, out bool digit, out int minLength)
    {
        digit = anchor.StartsWith("{digit", StringComparison.Ordinal);
        var upper = anchor.StartsWith("{upper", StringComparison.Ordinal);
        minLength = digit ? 1 : 2;
        if ((!digit && !upper) || !anchor.EndsWith('}'))
        {
            return false;
        }

        var rest = anchor.AsSpan(6, anchor.Length - 7);
        if (rest.IsEmpty)
        {
            return true;
        }

        return rest[0] == ':' && int.TryParse(rest[1..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minLength)
            && minLength is >= 1 and <= 64 && (digit || minLength >= 2);
    }

    private readonly FrozenDictionary<char, LiteralAnchor[]> _nonAscii;

    public AnchorTable(IReadOnlyDictionary<string, List<int>> literals, RunAnchor[] digitRuns, RunAnchor[] upperRuns)
    {
        var keys = new Dictionary<string, List<LiteralAnchor>>(StringComparer.Ordinal);
        var nonAscii = new Dictionary<char, List<LiteralAnchor>>();
        foreach (var (text, rules) in literals)
        {
            var (key, offset) = KeyOf(text);
            var anchor = new LiteralAnchor(text, [.. rules.Distinct().Order()], offset);
            if (key.Length == 0)
            {
                foreach (var c in new[] { char.ToLowerInvariant(text[0]), char.ToUpperInvariant(text[0]) }.Distinct())
                {
                    Add(nonAscii, c, anchor);
                }
            }
            else
            {
                Add(keys, key, anchor);
            }
        }

        var minimal = Minimize(keys);
        Keys = new GramFilter(minimal);
        _nonAscii = nonAscii.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        NonAsciiStarts = nonAscii.Count == 0 ? null : SearchValues.Create([.. nonAscii.Keys]);
        NonAsciiStartsAreNonAscii = nonAscii.Keys.All(c => !char.IsAscii(c));
        DigitRuns = digitRuns;
        UpperRuns = upperRuns;
        KeyCount = minimal.Count;
    }

    public GramFilter Keys { get; }
    public SearchValues<char>? NonAsciiStarts { get; }

    /// <summary>True when no anchor without an ASCII key starts with an ASCII character (such as "b\u00e4r").</summary>
    public bool NonAsciiStartsAreNonAscii { get; }
    public RunAnchor[] DigitRuns { get; }
    public RunAnchor[] UpperRuns { get; }
    public int KeyCount { get; }

    /// <summary>The anchors without ASCII characters that start with <paramref name="first"/>.</summary>
    public ReadOnlySpan<LiteralAnchor> NonAsciiAnchors(char first) =>
        _nonAscii.TryGetValue(first, out var anchors) ? anchors : default;

    // The longest run of ASCII characters in the anchor, lower-cased, and where it starts.
    private static (string Key, int Offset) KeyOf(string anchor)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var i = 0; i <= anchor.Length; i++)
        {
            if (i < anchor.Length && char.IsAscii(anchor[i]))
            {
                continue;
            }

            if (i - start > bestLength)
            {
                (bestStart, bestLength) = (start, i - start);
            }

            start = i + 1;
        }

        // A one-letter key inside a longer anchor would stop the search at every such letter.
        return bestLength == 0 || (bestLength == 1 && anchor.Length > 1)
            ? ("", 0)
            : (anchor.Substring(bestStart, bestLength).ToLowerInvariant(), bestStart);
    }

    // A key that starts with another key is dropped: its anchors are checked at the shorter key's hits instead.
    // (Folding keys that merely contain another, such as "address" into "dr", makes every hit check dozens.)
    private static List<SearchKey> Minimize(Dictionary<string, List<LiteralAnchor>> keys)
    {
        var ordered = keys.Keys.OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToList();
        var kept = new Dictionary<string, List<LiteralAnchor>>(StringComparer.Ordinal);
        foreach (var key in ordered)
        {
            var container = kept.Keys.FirstOrDefault(k => key.StartsWith(k, StringComparison.Ordinal));
            if (container is null)
            {
                kept[key] = [.. keys[key]];
                continue;
            }

            kept[container].AddRange(keys[key]);
        }

        return [.. kept.Select(p => new SearchKey(p.Key, [.. p.Value]))];
    }

    private static void Add<TKey>(Dictionary<TKey, List<LiteralAnchor>> map, TKey key, LiteralAnchor anchor)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(anchor);
    }
}
