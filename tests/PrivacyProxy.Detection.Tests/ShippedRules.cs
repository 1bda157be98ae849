using System.Text.Json;

namespace PrivacyProxy.Detection.Tests;

/// <summary>The rule packs of the repository, as copied beside the test assembly, and the detector built from them.</summary>
internal static class ShippedRules
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The shipped detector; compiled once per test run (the compiler caches per directory).</summary>
    public static Detector Detector => Detector.Load(Directory);

    /// <summary>Every (pack file, rule id) in the shipped packs, read straight from the JSON.</summary>
    public static IEnumerable<(string File, string RuleId)> RuleIds()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), options);
            if (!document.RootElement.TryGetProperty("rules", out var rules))
            {
                continue;
            }

            foreach (var rule in rules.EnumerateArray())
            {
                yield return (Path.GetFileName(path), rule.GetProperty("id").GetString()!);
            }
        }
    }
}
