namespace PrivacyProxy.Detection.Tests.Rules;

/// <summary>A throw-away rules directory for loader tests; each instance is a new folder, removed on dispose.</summary>
internal sealed class TempRules : IDisposable
{
    public TempRules()
    {
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pp-rules-" + Guid.NewGuid().ToString("N"));

    public TempRules With(string file, string json)
    {
        var target = System.IO.Path.Combine(Path, file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, json);
        return this;
    }

    /// <summary>A one-rule pack in <paramref name="category"/> with <paramref name="ruleJson"/> as the rule object.</summary>
    public TempRules WithPack(string file, string ruleJson, string category = "CONTACT") =>
        With(file, $$"""{"category": "{{category}}", "description": "test pack", "rules": [{{ruleJson}}]}""");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A valid rule with the given id; <paramref name="extra"/> adds or overrides fields (JSON members).</summary>
    public static string Rule(string id, string extra = "", string pattern = @"\\bfoo\\d+\\b", string anchors = "[\"foo\"]") =>
        $$$"""
        {"id": "{{{id}}}", "type": "EMAIL", "description": "d", "source": "s", "anchors": {{{anchors}}},
         "pattern": "{{{pattern}}}", {{{extra}}}
         "examples": {"match": ["a «foo12» b"], "noMatch": ["a foo b"]}}
        """;
}
