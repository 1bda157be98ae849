using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Detection.Rules;

/// <summary>
/// Reads allow.json: <c>{"description": "...", "values": [{"pattern": "regex", "protects": "what", "examples": ["..."]}]}</c>
/// (a bare regex string is accepted as an entry too), recording every problem as a <see cref="RuleError"/>.
/// </summary>
internal static class AllowListReader
{
    public const string FileName = "allow.json";

    public static IReadOnlyList<AllowEntry> Read(string path, List<RuleError> errors)
    {
        var file = Path.GetFileName(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), RulePackReader.JsonOptions);
        }
        catch (JsonException ex)
        {
            errors.Add(new RuleError(file, null, $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine})"));
            return [];
        }

        using (document)
        {
            var root = new JsonFields(document.RootElement, file, null, errors, "");
            root.String("$schema");
            root.String("description");
            var entries = new List<AllowEntry>();
            if (root.Raw("values", required: true) is { ValueKind: JsonValueKind.Array } values)
            {
                var index = 0;
                foreach (var value in values.EnumerateArray())
                {
                    index++;
                    if (ReadEntry(value, file, $"values[{index}]", errors) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
            }
            else if (root.IsObject && document.RootElement.TryGetProperty("values", out _))
            {
                root.Error("'values' must be an array");
            }

            root.RejectUnknown();
            return entries;
        }
    }

    private static AllowEntry? ReadEntry(JsonElement value, string file, string name, List<RuleError> errors)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Compile(value.GetString() ?? "", "", [], file, name, errors);
        }

        var fields = new JsonFields(value, file, name, errors, "");
        var pattern = fields.String("pattern", required: true);
        var protects = fields.String("protects", required: true);
        var examples = fields.Strings("examples", required: true);
        fields.RejectUnknown();
        if (examples is { Count: 0 })
        {
            fields.Error("'examples' needs at least one value the entry allows");
        }

        return pattern is null ? null : Compile(pattern, protects ?? "", examples ?? [], file, name, errors);
    }

    private static AllowEntry? Compile(string pattern, string protects, IReadOnlyList<string> examples, string file, string name, List<RuleError> errors)
    {
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, RuleLimits.MatchTimeout);
            return new AllowEntry(regex, protects, examples);
        }
        catch (ArgumentException ex)
        {
            errors.Add(new RuleError(file, name, $"bad regex: {ex.Message}"));
            return null;
        }
    }
}
