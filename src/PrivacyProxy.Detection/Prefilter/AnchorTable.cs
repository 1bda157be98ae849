using System.Buffers;
using System.Collections.Frozen;

namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// Every anchor of a rule set: the literals in one <see cref="SearchValues{T}"/> for the one-pass search, the
/// literals bucketed by their first two characters to tell which ones occur at a hit, and the rules started by
/// runs of digits and of capital letters.
/// </summary>
internal sealed class AnchorTable
{
    public const string Digit = "{digit}";
    public const string Upper = "{upper}";
    public const string List = "{list}";

    private readonly FrozenDictionary<int, LiteralAnchor[]> _buckets;

    public AnchorTable(IReadOnlyDictionary<string, List<int>> literals, int[] digitRules, int[] upperRules)
    {
        var anchors = literals.Select(l => new LiteralAnchor(l.Key, [.. l.Value.Distinct().Order()])).ToArray();
        Literals = anchors.Length == 0 ? null : SearchValues.Create(anchors.Select(a => a.Text).ToArray(), StringComparison.OrdinalIgnoreCase);
        _buckets = anchors.GroupBy(a => Key(a.Text.AsSpan()))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Text.Length).ToArray());
        DigitRules = digitRules;
        UpperRules = upperRules;
        LiteralCount = anchors.Length;
    }

    public SearchValues<string>? Literals { get; }
    public int[] DigitRules { get; }
    public int[] UpperRules { get; }
    public int LiteralCount { get; }

    /// <summary>The literal anchors that could start at the beginning of <paramref name="text"/> (same first two characters).</summary>
    public ReadOnlySpan<LiteralAnchor> Candidates(ReadOnlySpan<char> text) =>
        _buckets.TryGetValue(Key(text), out var bucket) ? bucket : default;

    /// <summary>The one-character anchors (such as "@") that could start at the beginning of <paramref name="text"/>.</summary>
    public ReadOnlySpan<LiteralAnchor> SingleCharacter(char first) =>
        _buckets.TryGetValue(Key(first, '\uFFFF'), out var bucket) ? bucket : default;

    private static int Key(ReadOnlySpan<char> text) => text.Length >= 2 ? Key(text[0], text[1]) : Key(text[0], '\uFFFF');

    private static int Key(char first, char second) =>
        (char.ToUpperInvariant(first) << 16) | (second == '\uFFFF' ? second : char.ToUpperInvariant(second));
}
