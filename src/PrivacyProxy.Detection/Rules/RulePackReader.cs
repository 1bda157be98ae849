using System.Text.Json;

namespace PrivacyProxy.Detection.Rules;

/// <summary>
/// Reads one pack file (rules/README.md) into <see cref="RuleDefinition"/>s, recording every problem of shape
/// (missing or unknown fields, wrong types, missing examples) as a <see cref="RuleError"/>.
/// </summary>
internal static class RulePackReader
{
    public static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<RuleDefinition> Read(string path, List<RuleError> errors)
    {
        var file = Path.GetFileName(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException ex)
        {
            errors.Add(new RuleError(file, null, $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine})"));
            return [];
        }

        using (document)
        {
            var pack = new JsonFields(document.RootElement, file, null, errors, "");
            if (!pack.IsObject)
            {
                pack.Error("a pack must be a JSON object");
                return [];
            }

            pack.String("$schema");
            pack.String("description", required: true);
            var category = pack.String("category", required: true);
            if (category is not null && !Categories.All.Contains(category))
            {
                pack.Error($"unknown category '{category}' (expected one of {string.Join(", ", Categories.All)})");
            }

            var rules = new List<RuleDefinition>();
            if (pack.Raw("rules", required: true) is { } array)
            {
                if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
                {
                    pack.Error("'rules' must be a non-empty array");
                }
                else
                {
                    var index = 0;
                    foreach (var element in array.EnumerateArray())
                    {
                        if (ReadRule(element, file, category ?? "", index++, errors) is { } rule)
                        {
                            rules.Add(rule);
                        }
                    }
                }
            }

            pack.RejectUnknown();
            return rules;
        }
    }

    private static RuleDefinition? ReadRule(JsonElement element, string file, string category, int index, List<RuleError> errors)
    {
        var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idElement)
            && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        var fields = new JsonFields(element, file, id ?? $"#{index + 1}", errors, "");
        if (!fields.IsObject)
        {
            fields.Error("a rule must be a JSON object");
            return null;
        }

        var before = errors.Count;
        fields.String("id", required: true);
        fields.String("description", required: true);
        fields.String("source", required: true);
        var type = fields.String("type", required: true);
        var anchors = fields.Strings("anchors", required: true);
        var pattern = fields.String("pattern");
        var list = fields.String("list");
        var valueGroup = fields.String("value");
        var ignoreCase = fields.Bool("ignoreCase");
        var window = fields.Int("window", 1, RuleLimits.MaxWindow);
        var checks = fields.Strings("checks");
        var recognizer = fields.String("recognizer");
        var minEntropy = fields.Number("minEntropy", 0, 16);
        var context = ReadWords(fields, "context", allowRequired: true);
        var exclude = ReadWords(fields, "exclude", allowRequired: false);
        var allow = fields.Strings("allow");
        var priority = fields.Int("priority", 0, RuleLimits.MaxPriority);
        var (match, noMatch) = ReadExamples(fields);
        fields.RejectUnknown();

        if (id is not null && !IsKebabCase(id))
        {
            fields.Error("'id' must be kebab-case (a-z, 0-9, single dashes)");
        }

        if (type is not null && !IsUpperSnakeCase(type))
        {
            fields.Error("'type' must be UPPER_SNAKE_CASE");
        }

        if ((pattern is null) == (list is null))
        {
            fields.Error("a rule needs exactly one of 'pattern' and 'list'");
        }

        if (anchors is { Count: 0 })
        {
            fields.Error("'anchors' is empty; a rule without anchors never runs");
        }

        if (errors.Count > before || id is null || type is null || anchors is null)
        {
            return null;
        }

        return new RuleDefinition
        {
            File = file,
            Id = id,
            Category = category,
            Type = type,
            Anchors = anchors,
            Pattern = pattern,
            List = list,
            ValueGroup = valueGroup,
            IgnoreCase = ignoreCase ?? false,
            Window = window ?? RuleLimits.DefaultWindow,
            Checks = checks ?? [],
            Recognizer = recognizer,
            MinEntropy = minEntropy ?? 0,
            Context = context,
            Exclude = exclude,
            Allow = allow ?? [],
            Priority = priority ?? RuleLimits.DefaultPriority,
            MatchExamples = match,
            NoMatchExamples = noMatch,
        };
    }

    private static WordContextDefinition? ReadWords(JsonFields rule, string name, bool allowRequired)
    {
        var fields = rule.Object(name, "words, before, after" + (allowRequired ? ", required" : ""));
        if (fields is null)
        {
            return null;
        }

        var words = fields.Strings("words", required: true);
        var before = fields.Int("before", 0, RuleLimits.MaxContextDistance);
        var after = fields.Int("after", 0, RuleLimits.MaxContextDistance);
        var required = allowRequired ? fields.Bool("required") : null;
        fields.RejectUnknown();
        if (words is { Count: 0 })
        {
            fields.Error("'words' is empty");
        }

        if (before is null && after is null)
        {
            fields.Error("needs 'before' or 'after' (characters searched around the value)");
        }

        return words is null ? null : new WordContextDefinition(words, before ?? 0, after ?? 0, required ?? true);
    }

    private static (IReadOnlyList<string> Match, IReadOnlyList<string> NoMatch) ReadExamples(JsonFields rule)
    {
        var fields = rule.Object("examples", "match and noMatch", required: true);
        if (fields is null)
        {
            return ([], []);
        }

        var match = fields.Strings("match", required: true);
        var noMatch = fields.Strings("noMatch", required: true);
        fields.RejectUnknown();
        if (match is { Count: 0 })
        {
            fields.Error("'match' needs at least one example");
        }

        if (noMatch is { Count: 0 })
        {
            fields.Error("'noMatch' needs at least one example");
        }

        foreach (var example in match ?? [])
        {
            if (!ExampleText.TryParse(example, out _, out _))
            {
                fields.Error("a match example has unbalanced or nested « » markers");
            }
        }

        return (match ?? [], noMatch ?? []);
    }

    private static bool IsKebabCase(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool IsUpperSnakeCase(string type) =>
        char.IsAsciiLetterUpper(type[0]) && type.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');
}
