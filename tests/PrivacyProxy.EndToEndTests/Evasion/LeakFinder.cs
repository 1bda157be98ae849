using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>Where a planted value was found: the view (how the text was decoded) and the form (how it was compared). Never the value.</summary>
internal sealed record Leak(string View, string Form);

/// <summary>
/// Looks for a planted value in every view of what left the proxy (<see cref="DecodedViews"/>), in its canonical
/// forms: as written (any case), folded (<see cref="TextFold"/>), and compacted (separators removed; digits only for
/// numbers). Half of a value is a leak too: a compacted stretch of at least half its canonical form (what is left
/// when only part of a value was redacted, or one side of a split), or, for a value with <see cref="Secret.Pieces"/>,
/// pieces that together make up half of it.
/// </summary>
internal static class LeakFinder
{
    private const int MinPiece = 4;

    // Shorter stretches of short numbers could turn up by chance among the other digits of a request.
    private const int MinDigitsStretch = 8;
    private const int MinLettersStretch = 10;

    public static Leak? Find(IEnumerable<RecordedRequest> forwarded, Secret secret)
    {
        foreach (var request in forwarded)
        {
            if (Find(DecodedViews.Of(request), secret) is { } leak)
            {
                return leak;
            }
        }

        return null;
    }

    /// <summary>Looks in a text the caller received (an error body).</summary>
    public static Leak? Find(string text, Secret secret) => Find(DecodedViews.Of(text), secret);

    private static Leak? Find(IReadOnlyList<(string Name, string Text)> views, Secret secret)
    {
        string folded = TextFold.Fold(secret.Text);
        string compact = TextFold.Compact(folded, secret.Numeric);
        foreach (var (name, text) in views)
        {
            if (text.Contains(secret.Text, StringComparison.OrdinalIgnoreCase))
            {
                return new Leak(name, "as written");
            }

            string foldedView = TextFold.Fold(text);
            if (foldedView.Contains(folded, StringComparison.OrdinalIgnoreCase))
            {
                return new Leak(name, "folded");
            }

            string compactView = TextFold.Compact(foldedView, secret.Numeric);
            if (compact.Length > 0 && compactView.Contains(compact, StringComparison.Ordinal))
            {
                return new Leak(name, secret.Numeric ? "digits only" : "separators removed");
            }

            if (HalfIn(compactView, compact, secret.Numeric ? MinDigitsStretch : MinLettersStretch))
            {
                return new Leak(name, "in part (half or more)");
            }

            if (secret.Pieces is { } pieces && MostPiecesIn(foldedView, pieces))
            {
                return new Leak(name, "pieces");
            }
        }

        return null;
    }

    /// <summary>True when some stretch of half the compact value (at least <paramref name="floor"/> long) is in the view.</summary>
    private static bool HalfIn(string compactView, string compact, int floor)
    {
        int stretch = Math.Max((compact.Length + 1) / 2, floor);
        for (int at = 0; at + stretch <= compact.Length; at++)
        {
            if (compactView.AsSpan().Contains(compact.AsSpan(at, stretch), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MostPiecesIn(string foldedView, IReadOnlyList<string> pieces)
    {
        int total = 0;
        int found = 0;
        foreach (string piece in pieces)
        {
            string folded = TextFold.Fold(piece).Trim();
            total += folded.Length;
            if (folded.Length >= MinPiece && foldedView.Contains(folded, StringComparison.OrdinalIgnoreCase))
            {
                found += folded.Length;
            }
        }

        return total > 0 && found * 2 >= total;
    }
}
