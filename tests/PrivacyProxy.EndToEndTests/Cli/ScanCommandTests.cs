using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Cli;

/// <summary>The <c>scan</c> verb's contract (design.md), through the built program as a separate process.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private const string PlantedEmail = "jane.doe@acme-corp.io";
    private readonly string _dir = Directory.CreateTempSubdirectory("pp-scan-").FullName;

    [Fact]
    public async Task ScanJsonl_File_WritesOneLinePerInputInOrderAndNothingElse()
    {
        var file = Write("in.jsonl",
            Line("first", $"mail {PlantedEmail} or call +1 415 555 0132"),
            Line("second", "nothing to see here"),
            "",
            Line("third", "key AKIAP3GFUXGOJWCPPU4F on 10.20.30.40"));

        var result = await ScanProcess.RunAsync("", "--jsonl", file);

        result.ExitCode.Should().Be(0);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("first", "second", "third");
        Spans(lines[0]).Should().Equal((5, 26, "CONTACT", "EMAIL", "email"), (35, 50, "CONTACT", "PHONE", "phone-international"));
        Spans(lines[1]).Should().BeEmpty();
        Spans(lines[2]).Select(s => (s.Start, s.End, s.Category)).Should().Equal((4, 24, "SECRET"), (28, 39, "NETWORK"));
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task ScanJsonl_Stdin_ReadsTheSameFormat()
    {
        var result = await ScanProcess.RunAsync(Line("a", PlantedEmail) + "\n" + "{\"id\": 7, \"text\": \"none\"}\n", "--jsonl", "-");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(
            "{\"id\":\"a\",\"spans\":[{\"start\":0,\"end\":21,\"category\":\"CONTACT\",\"type\":\"EMAIL\",\"rule\":\"email\"}]}\n"
            + "{\"id\":7,\"spans\":[]}\n");
    }

    [Fact]
    public async Task ScanJsonl_Offsets_AreUtf16CodeUnits()
    {
        var file = Write("emoji.jsonl", Line("e", "\U0001F600\U0001F600 é " + PlantedEmail));

        var result = await ScanProcess.RunAsync("", "--jsonl", file);

        Spans(result.Stdout.Trim()).Should().ContainSingle().Which.Start.Should().Be(7, "each emoji is two UTF-16 code units");
    }

    [Theory]
    [InlineData("not json " + PlantedEmail)]
    [InlineData("{\"id\": \"x\", \"body\": \"" + PlantedEmail + "\"}")]
    [InlineData("[\"" + PlantedEmail + "\"]")]
    public async Task ScanJsonl_BadLine_FailsNamingTheLineButNotItsText(string badLine)
    {
        var file = Write("bad.jsonl", Line("ok", "fine"), badLine, Line("never", "reached"));

        var result = await ScanProcess.RunAsync("", "--jsonl", file);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("line 2");
        result.Stderr.Contains(PlantedEmail, StringComparison.Ordinal).Should().BeFalse("planted value leaked to stderr");
        result.Stdout.Should().Be("{\"id\":\"ok\",\"spans\":[]}\n");
    }

    [Fact]
    public async Task Scan_WithoutJsonl_PrintsStdinRedacted()
    {
        var result = await ScanProcess.RunAsync($"write to {PlantedEmail}, key AKIAP3GFUXGOJWCPPU4F.\nbye\n");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be("write to [[EMAIL]], key [[API_KEY]].\nbye\n");
    }

    [Fact]
    public async Task Scan_RulesDirectory_IsUsedInsteadOfTheDefault()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "contact.json"), """
            {"category": "CONTACT", "description": "d", "rules": [{"id": "only-foo", "type": "EMAIL", "description": "d",
             "source": "s", "anchors": ["foo"], "pattern": "foo\\d+", "examples": {"match": ["«foo1»"], "noMatch": ["foo"]}}]}
            """);

        var result = await ScanProcess.RunAsync(Line("a", $"foo42 {PlantedEmail}") + "\n", "--rules", rules, "--jsonl", "-");

        Spans(result.Stdout.Trim()).Should().Equal((0, 5, "CONTACT", "EMAIL", "only-foo"));
    }

    [Fact]
    public async Task Scan_BrokenRules_ExitsTwoNamingFileRuleAndProblem()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "broken")).FullName;
        File.WriteAllText(Path.Combine(rules, "contact.json"), """
            {"category": "CONTACT", "description": "d", "rules": [{"id": "bad-one", "type": "EMAIL", "description": "d",
             "source": "s", "anchors": ["x"], "pattern": "(", "examples": {"match": ["x"], "noMatch": ["y"]}}]}
            """);

        var result = await ScanProcess.RunAsync("", "--rules", rules, "--jsonl", "-");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("contact.json").And.Contain("bad-one").And.Contain("bad regex");
        result.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--jsonl")]
    public async Task Scan_BadOption_ExitsTwoWithUsage(string option)
    {
        var result = await ScanProcess.RunAsync("", option);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("usage:");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task ScanJsonl_MissingFile_ExitsTwo()
    {
        var result = await ScanProcess.RunAsync("", "--jsonl", Path.Combine(_dir, "missing.jsonl"));

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("file not found");
    }

    [Fact]
    public async Task ScanJsonl_EmptyFile_WritesNothing()
    {
        var result = await ScanProcess.RunAsync("", "--jsonl", Write("empty.jsonl"));

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Line(string id, string text) => JsonSerializer.Serialize(new { id, text });

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, lines.Length == 0 ? "" : string.Join("\n", lines) + "\n");
        return path;
    }

    private static List<(int Start, int End, string Category, string Type, string Rule)> Spans(string line) =>
        JsonDocument.Parse(line).RootElement.GetProperty("spans").EnumerateArray()
            .Select(s => (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32(), s.GetProperty("category").GetString()!,
                s.GetProperty("type").GetString()!, s.GetProperty("rule").GetString()!))
            .ToList();
}
