using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Tests.Dictionaries;

/// <summary>A policy's terms on top of the shipped rules: overlaps and allow terms.</summary>
public sealed class RulesAndTermsTests
{
    private static IDetector Wrapped(PolicyDefinition policy) => Policies.Default(policy).Wrap(Shipped.Detector);

    private static PolicyDefinition Deny(params string[] terms) =>
        new() { Dictionaries = { new DictionaryDefinition { Name = "codenames", Terms = [.. terms] } } };

    [Fact]
    public void Detect_TermInsideRuleFinding_RuleFindingKept()
    {
        const string text = "mail nightjar@example.com now";
        var plain = Shipped.Detector.Detect(text);

        var findings = Wrapped(Deny("nightjar")).Detect(text);

        plain.Should().ContainSingle().Which.Category.Should().Be(Categories.Contact);
        findings.Should().Equal(plain);
    }

    [Fact]
    public void Detect_TermHoldingRuleFinding_TermKept()
    {
        const string text = "ask ops@example.com team today";
        var email = Shipped.Detector.Detect(text).Should().ContainSingle().Subject;

        var findings = Wrapped(Deny("ask ops@example.com team")).Detect(text);

        findings.Should().Equal(new Finding(0, 24, "CUSTOM", "CODENAMES", "dictionary:codenames"));
        (findings[0].Start <= email.Start && email.End <= findings[0].End).Should().BeTrue();
    }

    [Fact]
    public void Detect_TermSameSpanAsRuleFinding_RuleNamesIt()
    {
        const string text = "write to ops@example.com";
        var plain = Shipped.Detector.Detect(text);

        var findings = Wrapped(Deny("ops@example.com")).Detect(text);

        plain.Should().ContainSingle();
        findings.Should().Equal(plain);
    }

    [Fact]
    public void Detect_TermPartlyOverlappingRuleFinding_OneSpanCoversBoth()
    {
        const string text = "reach ops@example.com support desk";
        var email = Shipped.Detector.Detect(text).Should().ContainSingle().Subject;

        var findings = Wrapped(Deny("example.com support desk")).Detect(text);

        findings.Should().ContainSingle();
        findings[0].Should().Be(new Finding(email.Start, text.Length, "CUSTOM", "CODENAMES", "dictionary:codenames"));
    }

    [Fact]
    public void Detect_AllowTerm_DropsFindingsInsideItOnly()
    {
        const string text = "write to Support@Example.com or to jane.doe@example.org";
        var plain = Shipped.Detector.Detect(text);

        var findings = Wrapped(new PolicyDefinition { AllowTerms = { "support@example.com" } }).Detect(text);

        plain.Should().HaveCount(2);
        findings.Should().Equal(plain[1]);
    }

    [Fact]
    public void Detect_AllowTermAsPartOfLongerValue_KeepsTheFinding()
    {
        const string text = "write to support@example.com.evil.test";
        var plain = Shipped.Detector.Detect(text);

        var findings = Wrapped(new PolicyDefinition { AllowTerms = { "support@example.com" } }).Detect(text);

        plain.Should().NotBeEmpty();
        findings.Should().Equal(plain);
    }

    [Fact]
    public void Detect_AllowTerm_AlsoDropsDenyTermsInsideIt()
    {
        var policy = Deny("Nightjar");
        policy.AllowTerms.Add("Nightjar Public Beta");

        var findings = Policies.Default(policy).Wrap(NoFindings.Instance).Detect("Nightjar Public Beta and Nightjar internals");

        findings.Select(f => (f.Start, f.End)).Should().Equal((25, 33));
    }

    [Fact]
    public void Detect_RandomMixOfRuleValuesAndTerms_KeepsDetectContract()
    {
        var random = new Random(77);
        string[] pieces = ["ops@example.com", "Nightjar", "Project Bluefin", "call +1 202 555 0143", "the", "report", "Initech", "10.20.30.40"];
        var detector = Wrapped(new PolicyDefinition
        {
            Dictionaries =
            {
                new DictionaryDefinition { Name = "codenames", Terms = { "Nightjar", "Project Bluefin", "example.com", "report" } },
                new DictionaryDefinition { Name = "customers", Terms = { "Initech", "ops" } },
            },
            AllowTerms = { "the report" },
        });

        for (var round = 0; round < 100; round++)
        {
            var text = string.Join(random.Next(2) == 0 ? " " : ", ", Enumerable.Range(0, 12).Select(_ => pieces[random.Next(pieces.Length)]));

            var findings = detector.Detect(text);

            for (var i = 0; i < findings.Count; i++)
            {
                findings[i].Start.Should().BeGreaterThanOrEqualTo(i == 0 ? 0 : findings[i - 1].End, $"round {round}");
                findings[i].End.Should().BeGreaterThan(findings[i].Start).And.BeLessThanOrEqualTo(text.Length);
            }

            foreach (var rule in Shipped.Detector.Detect(text))
            {
                findings.Any(f => f.Start <= rule.Start && rule.End <= f.End).Should().BeTrue($"round {round}: every rule finding stays covered");
            }
        }
    }
}
