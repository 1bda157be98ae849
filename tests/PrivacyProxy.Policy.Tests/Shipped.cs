using System.Text.Json;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Tests;

/// <summary>The repository's rule packs and dictionaries as copied beside the test assembly.</summary>
internal static class Shipped
{
    public static string RulesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "rules");

    public static string DictionaryDirectory { get; } = Path.Combine(RulesDirectory, "dictionaries");

    /// <summary>The shipped detector; compiled once per process (the detector caches per directory).</summary>
    public static Detector Detector => Detector.Load(RulesDirectory);

    /// <summary>Every type the shipped packs declare, read straight from the JSON (what the host passes to Compile).</summary>
    public static IReadOnlySet<string> Types { get; } = ReadTypes();

    private static HashSet<string> ReadTypes()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(RulesDirectory, "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), options);
            if (document.RootElement.TryGetProperty("rules", out var rules))
            {
                foreach (var rule in rules.EnumerateArray())
                {
                    types.Add(rule.GetProperty("type").GetString()!);
                }
            }
        }

        return types;
    }
}
