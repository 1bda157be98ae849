namespace PrivacyProxy.Detection.Tests.Names;

/// <summary>The shipped name lists, read as the tests sample from them (fake people built from public name data).</summary>
internal static class NameLists
{
    public static IReadOnlyList<string> Given { get; } = Read("given-names");
    public static IReadOnlyList<string> Surnames { get; } = Read("surnames");
    public static IReadOnlySet<string> Excluded { get; } = Read("name-exclusions").ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static IReadOnlySet<string> StopWords { get; } = Read("name-stopwords").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Given names that are names whatever follows (not also common words, brands or places).</summary>
    public static IReadOnlyList<string> PlainGiven { get; } = [.. Given.Where(g => !Excluded.Contains(g) && !g.Contains('-'))];

    /// <summary>Surnames that are not also common words or place words.</summary>
    public static IReadOnlyList<string> PlainSurnames { get; } =
        [.. Surnames.Where(s => !Excluded.Contains(s) && !StopWords.Contains(s) && !s.Contains('-') && !s.Contains(' '))];

    private static List<string> Read(string name) =>
        [.. File.ReadAllLines(Path.Combine(ShippedRules.Directory, "lists", name + ".txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
