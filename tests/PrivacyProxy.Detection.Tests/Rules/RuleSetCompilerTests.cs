namespace PrivacyProxy.Detection.Tests.Rules;

public sealed class RuleSetCompilerTests
{
    [Fact]
    public void Load_ValidPack_DetectsWithIt()
    {
        using var rules = new TempRules().WithPack("contact.json", TempRules.Rule("foo-number"));

        var findings = Detector.Load(rules.Path).Detect("x foo42 y");

        findings.Should().Equal(new Finding(2, 7, "CONTACT", "EMAIL", "foo-number"));
    }

    [Theory]
    [InlineData("\"colour\": \"red\",", "unknown field 'colour'")]
    [InlineData("\"checks\": [\"no-such-check\"],", "unknown check 'no-such-check'")]
    [InlineData("\"value\": \"secret\",", "'value' names group 'secret'")]
    [InlineData("\"window\": 100000,", "'window' must be a number from 1 to 4096")]
    [InlineData("\"context\": {\"words\": [\"a\"], \"before\": 4, \"near\": 1},", "in 'context': unknown field 'near'")]
    [InlineData("\"recognizer\": \"no-such-recognizer\",", "unknown recognizer 'no-such-recognizer'")]
    public void Load_BadField_NamesFileRuleAndProblem(string extra, string problem)
    {
        using var rules = new TempRules().WithPack("contact.json", TempRules.Rule("bad-rule", extra));

        var load = () => Detector.Load(rules.Path);

        load.Should().Throw<RuleLoadException>().Which.Message
            .Should().Contain("contact.json").And.Contain("rule 'bad-rule'").And.Contain(problem);
    }

    [Fact]
    public void Load_BadRegex_NamesFileRuleAndProblem()
    {
        using var rules = new TempRules().WithPack("contact.json", TempRules.Rule("bad-regex", pattern: "foo(\\\\d+"));

        var error = Assert.Throws<RuleLoadException>(() => Detector.Load(rules.Path));

        error.Errors.Should().ContainSingle().Which.Should().Match<RuleError>(e =>
            e.File == "contact.json" && e.RuleId == "bad-regex" && e.Problem.StartsWith("bad regex", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingExamplesAndAnchors_CollectsEveryError()
    {
        const string rule = """
            {"id": "bare", "type": "EMAIL", "description": "d", "source": "s", "anchors": [], "pattern": "x",
             "examples": {"match": [], "noMatch": []}}
            """;
        using var rules = new TempRules().WithPack("contact.json", rule);

        var error = Assert.Throws<RuleLoadException>(() => Detector.Load(rules.Path));

        error.Errors.Select(e => e.Problem).Should().Contain(p => p.Contains("'match' needs at least one example"))
            .And.Contain(p => p.Contains("'noMatch' needs at least one example"))
            .And.Contain(p => p.Contains("'anchors' is empty"));
        error.Errors.Should().OnlyContain(e => e.File == "contact.json" && e.RuleId == "bare");
    }

    [Fact]
    public void Load_DuplicateIdsAcrossPacks_IsAnError()
    {
        using var rules = new TempRules()
            .WithPack("contact.json", TempRules.Rule("same-id"))
            .WithPack("network.json", TempRules.Rule("same-id"), "NETWORK");

        var error = Assert.Throws<RuleLoadException>(() => Detector.Load(rules.Path));

        error.Errors.Should().ContainSingle(e => e.RuleId == "same-id" && e.Problem.Contains("duplicate rule id"));
    }

    [Theory]
    [InlineData("{\"category\": \"NOPE\", \"description\": \"d\", \"rules\": []}", "unknown category 'NOPE'")]
    [InlineData("{\"category\": \"CONTACT\", \"description\": \"d\"}", "missing field 'rules'")]
    [InlineData("{ not json", "not valid JSON")]
    public void Load_BadPackShape_NamesTheFile(string json, string problem)
    {
        using var rules = new TempRules().With("contact.json", json);

        var error = Assert.Throws<RuleLoadException>(() => Detector.Load(rules.Path));

        error.Message.Should().Contain("contact.json").And.Contain(problem);
    }

    [Fact]
    public void Load_UnknownSpecialAnchorAndMissingList_AreErrors()
    {
        using var rules = new TempRules()
            .WithPack("contact.json", TempRules.Rule("odd-anchor", anchors: "[\"{lower}\"]"))
            .WithPack("health.json", """
                {"id": "meds", "type": "MEDICATION", "description": "d", "source": "s", "anchors": ["{list}"],
                 "list": "nothing-here", "examples": {"match": ["x"], "noMatch": ["y"]}}
                """, "HEALTH");

        var error = Assert.Throws<RuleLoadException>(() => Detector.Load(rules.Path));

        error.Errors.Should().Contain(e => e.RuleId == "odd-anchor" && e.Problem.Contains("unknown anchor '{lower}'"))
            .And.Contain(e => e.RuleId == "meds" && e.Problem.Contains("list 'nothing-here' not found"));
    }

    [Fact]
    public void Load_MissingDirectory_Throws()
    {
        var load = () => Detector.Load(Path.Combine(Path.GetTempPath(), "pp-no-such-rules-" + Guid.NewGuid().ToString("N")));

        load.Should().Throw<RuleLoadException>().WithMessage("*rules directory not found*");
    }

    [Fact]
    public void Load_SameDirectoryTwice_CompilesOnce()
    {
        using var rules = new TempRules().WithPack("contact.json", TempRules.Rule("foo-number"));

        Detector.Load(rules.Path).Rules.Should().BeSameAs(Detector.Load(rules.Path).Rules);
    }

    [Fact]
    public void Load_ShippedRules_Succeeds()
    {
        ShippedRules.Detector.RuleCount.Should().BeGreaterThan(200);
    }
}
