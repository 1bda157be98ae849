using System.Text.Json;

namespace PrivacyProxy.Detection.Tests.Corpora;

/// <summary>Reads the peer corpora (tests/corpora, copied beside the test assembly): gitleaks and Presidio cases.</summary>
internal static class PeerCorpus
{
    public static IEnumerable<GitleaksCase> Gitleaks()
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "corpora", "gitleaks-cases.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new GitleaksCase(
                root.GetProperty("rule").GetString()!,
                root.GetProperty("text").GetString()!,
                root.GetProperty("expect").GetString() == "secret",
                root.TryGetProperty("path", out var path) ? path.GetString() : null);
        }
    }

    public static IEnumerable<PresidioCase> Presidio()
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "corpora", "presidio-cases.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var spans = root.GetProperty("spans").EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList();
            yield return new PresidioCase(root.GetProperty("entity").GetString()!, root.GetProperty("text").GetString()!, spans);
        }
    }
}

/// <summary>One gitleaks example: the gitleaks rule, the text, whether that rule must fire, and the file path it needs.</summary>
internal sealed record GitleaksCase(string Rule, string Text, bool IsSecret, string? Path);

/// <summary>One Presidio example: the entity, the text and the expected spans of that entity (empty: none).</summary>
internal sealed record PresidioCase(string Entity, string Text, IReadOnlyList<(int Start, int End)> Spans);
