using PrivacyProxy.Detection.Rules;
using PrivacyProxy.Detection.Tests.Rules;

namespace PrivacyProxy.Detection.Tests.Matching;

/// <summary>Windows, value groups, cut matches and timeouts, on small purpose-built packs.</summary>
public sealed class RuleMatcherTests
{
    [Fact]
    public void Detect_MatchLongerThanItsWindow_IsReportedWhole()
    {
        const string rule = """
            {"id": "long-token", "type": "API_KEY", "description": "d", "source": "s", "anchors": ["tok_"],
             "pattern": "tok_[a-z]{10,6000}", "window": 8,
             "examples": {"match": ["«tok_abcdefghij»"], "noMatch": ["tok_abc"]}}
            """;
        using var rules = new TempRules().WithPack("secret.json", rule, "SECRET");
        var token = "tok_" + new string('q', 3000);
        var text = "prefix " + token + " suffix";

        var findings = Detector.Load(rules.Path).Detect(text);

        findings.Should().ContainSingle().Which.Should().Be(new Finding(7, 7 + token.Length, "SECRET", "API_KEY", "long-token"));
    }

    [Fact]
    public void Detect_ValueGroup_ReportsOnlyTheGroup()
    {
        const string rule = """
            {"id": "pw", "type": "PASSWORD", "description": "d", "source": "s", "anchors": ["password"],
             "pattern": "password\\s*=\\s*(?<secret>\\S+)", "value": "secret",
             "examples": {"match": ["password = «hunter22»"], "noMatch": ["password"]}}
            """;
        using var rules = new TempRules().WithPack("secret.json", rule, "SECRET");

        var findings = Detector.Load(rules.Path).Detect("x PASSWORD= s3cr3t! y");

        findings.Should().BeEmpty("the regex is case-sensitive although the anchor is not");
        Detector.Load(rules.Path).Detect("x password= s3cr3t! y").Should().Equal(new Finding(12, 19, "SECRET", "PASSWORD", "pw"));
    }

    [Fact]
    public void Detect_LookbehindBeforeTheWindow_SeesTheRealText()
    {
        const string rule = """
            {"id": "after-marker", "type": "API_KEY", "description": "d", "source": "s", "anchors": ["{digit:6}"],
             "pattern": "(?<=marker:[a-z ]{0,100})\\d{6}",
             "examples": {"match": ["marker: «123456»"], "noMatch": ["123456"]}}
            """;
        using var rules = new TempRules().WithPack("secret.json", rule, "SECRET");
        var text = "marker:" + new string(' ', 90) + "123456";

        Detector.Load(rules.Path).Detect(text).Should().ContainSingle().Which.Start.Should().Be(97);
    }

    [Fact]
    public void Detect_RegexTimesOut_ReportsTheWholeWindowInsteadOfSkipping()
    {
        const string rule = """
            {"id": "slow", "type": "API_KEY", "description": "d", "source": "s", "anchors": ["start"],
             "pattern": "start(a+)+b", "window": 64,
             "examples": {"match": ["«startaab»"], "noMatch": ["start"]}}
            """;
        using var rules = new TempRules().WithPack("secret.json", rule, "SECRET");
        var detector = Detector.FromRuleSet(RuleSetCompiler.Compile(rules.Path, TimeSpan.FromMilliseconds(50)));
        var text = "xx start" + new string('a', 40) + " yy";

        var findings = detector.Detect(text);

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Start <= 3 && f.End >= 48 && f.RuleId == "slow");
    }

    [Fact]
    public void Detect_ContextRequiredAndMissing_ReportsNothing()
    {
        const string rule = """
            {"id": "ctx", "type": "US_SSN", "description": "d", "source": "s", "anchors": ["{digit:9}"],
             "pattern": "\\b\\d{9}\\b", "context": {"words": ["ssn"], "before": 20, "after": 0, "required": true},
             "examples": {"match": ["ssn «123456789»"], "noMatch": ["id 123456789"]}}
            """;
        using var rules = new TempRules().WithPack("gov-id.json", rule, "GOV_ID");
        var detector = Detector.Load(rules.Path);

        detector.Detect("order 123456789").Should().BeEmpty();
        detector.Detect("SSN: 123456789").Should().ContainSingle();
    }
}
