using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

/// <summary>
/// Format checks of the packs written alongside the checks (gov-id, financial, health, personal) and their word
/// lists, independent of the engine: fields, types per design.md, compiling patterns, known check names, and
/// match examples whose marked span the pattern finds and the checks accept. Context and exclusion behaviour is
/// the engine's example test.
/// </summary>
public sealed class RulePackTests
{
    private static readonly Dictionary<string, (string Category, string[] Types)> Packs = new()
    {
        ["gov-id.json"] = ("GOV_ID", ["US_SSN", "TAX_ID", "UK_NINO", "CA_SIN", "PASSPORT", "DRIVER_LICENSE", "IN_PAN", "IN_AADHAAR", "NATIONAL_ID", "VEHICLE_REGISTRATION"]),
        ["financial.json"] = ("FINANCIAL", ["CREDIT_CARD", "CVV", "IBAN", "BANK_ACCOUNT", "ROUTING_NUMBER", "SWIFT_BIC", "CRYPTO_WALLET"]),
        ["health.json"] = ("HEALTH", ["MEDICAL_RECORD_NUMBER", "HEALTH_INSURANCE_ID", "NHS_NUMBER", "NPI", "DIAGNOSIS", "DIAGNOSIS_CODE", "MEDICATION"]),
        ["personal.json"] = ("PERSONAL", ["PERSON", "DATE_OF_BIRTH", "ADDRESS"]),
    };

    // Common English words that must stay out of the dictionaries (brief: "cold", "Plan B" and the like).
    private static readonly string[] CommonWords =
        ["cold", "depression", "anxiety", "stroke", "fever", "shock", "cancer", "flu", "plan b", "iron", "zinc", "lithium", "ensure", "boost", "soma", "focus"];

    public static TheoryData<string> PackFiles => [.. Packs.Keys];

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void Pack_EveryRule_HasTheRequiredFieldsAndTypes(string file)
    {
        using var doc = Load(file);
        var (category, types) = Packs[file];
        doc.RootElement.GetProperty("category").GetString().Should().Be(category);
        foreach (var rule in doc.RootElement.GetProperty("rules").EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString()!;
            id.Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$");
            types.Should().Contain(rule.GetProperty("type").GetString(), id);
            foreach (var field in new[] { "description", "source" })
            {
                rule.GetProperty(field).GetString().Should().NotBeNullOrWhiteSpace($"{id} needs a {field}");
            }

            rule.GetProperty("anchors").GetArrayLength().Should().BePositive(id);
            (rule.TryGetProperty("pattern", out _) ^ rule.TryGetProperty("list", out _)).Should().BeTrue($"{id} has a pattern or a list");
            var examples = rule.GetProperty("examples");
            examples.GetProperty("match").GetArrayLength().Should().BeGreaterThanOrEqualTo(2, id);
            examples.GetProperty("noMatch").GetArrayLength().Should().BeGreaterThanOrEqualTo(2, id);
            foreach (var check in rule.TryGetProperty("checks", out var checks) ? checks.EnumerateArray() : default)
            {
                CheckRegistry.TryGet(check.GetString()!, out _).Should().BeTrue($"{id} names a registered check");
            }
        }
    }

    [Fact]
    public void Packs_RuleIds_AreUnique()
    {
        var ids = Packs.Keys.SelectMany(f =>
        {
            using var doc = Load(f);
            return doc.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        }).ToList();
        ids.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void Pack_MatchExamples_PatternFindsTheMarkedSpanAndChecksAcceptIt(string file)
    {
        using var doc = Load(file);
        foreach (var rule in doc.RootElement.GetProperty("rules").EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString()!;
            var regex = Compile(rule);
            var group = rule.TryGetProperty("value", out var v) ? v.GetString()! : "0";
            foreach (var example in rule.GetProperty("examples").GetProperty("match").EnumerateArray().Select(e => e.GetString()!))
            {
                var start = example.IndexOf('«', StringComparison.Ordinal);
                var end = example.IndexOf('»', StringComparison.Ordinal) - 1;
                start.Should().BeGreaterThanOrEqualTo(0, $"{id}: match examples mark their span");
                var text = example.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal);
                var found = regex.Matches(text).Select(m => m.Groups[group])
                    .Any(g => g.Success && g.Index == start && g.Index + g.Length == end && PassesChecks(rule, g.Value));
                found.Should().BeTrue($"{id} finds the marked span of its example {example}");
            }
        }
    }

    [Theory]
    [InlineData("diagnoses")]
    [InlineData("medications")]
    public void List_Entries_AreUniqueLowerCaseSourcedAndAvoidCommonWords(string name)
    {
        var lines = File.ReadAllLines(RepositoryFiles.Rules("lists", name + ".txt"));
        lines.TakeWhile(l => l.StartsWith('#')).Any(l => l.Contains("Sources:", StringComparison.Ordinal)).Should().BeTrue("lists name their sources at the top");
        var entries = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        entries.Should().HaveCountGreaterThan(300);
        entries.Should().OnlyHaveUniqueItems();
        entries.Should().OnlyContain(e => e == e.Trim() && !e.Any(char.IsUpper));
        entries.Intersect(CommonWords).Should().BeEmpty();
    }

    private static bool PassesChecks(JsonElement rule, string value) =>
        !rule.TryGetProperty("checks", out var checks)
        || checks.EnumerateArray().All(c => CheckRegistry.TryGet(c.GetString()!, out var check) && check(value));

    private static Regex Compile(JsonElement rule)
    {
        var options = RegexOptions.CultureInvariant;
        if (rule.TryGetProperty("ignoreCase", out var ic) && ic.GetBoolean())
        {
            options |= RegexOptions.IgnoreCase;
        }

        if (rule.TryGetProperty("list", out var list))
        {
            var words = File.ReadAllLines(RepositoryFiles.Rules("lists", list.GetString() + ".txt"))
                .Where(l => l.Length > 0 && !l.StartsWith('#')).OrderByDescending(w => w.Length).Select(Regex.Escape);
            return new Regex(@"(?<![\w-])(?:" + string.Join('|', words) + @")(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        return new Regex(rule.GetProperty("pattern").GetString()!, options);
    }

    private static JsonDocument Load(string file) => JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Rules(file)));
}
