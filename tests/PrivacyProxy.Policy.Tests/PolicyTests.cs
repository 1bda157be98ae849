using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Tests;

public sealed class PolicyTests
{
    private static readonly PolicyAction[] Actions = Enum.GetValues<PolicyAction>();

    [Theory]
    [MemberData(nameof(ActionTexts.All), MemberType = typeof(ActionTexts))]
    public void ActionFor_CategoryEntry_AppliesToEveryTypeOfIt(string text, PolicyAction action)
    {
        var policy = Policies.Default(Policies.WithActions(("SECRET", text)));

        policy.ActionFor(Categories.Secret, "API_KEY").Should().Be(action);
        policy.ActionFor(Categories.Secret, "PASSWORD").Should().Be(action);
        policy.ActionFor(Categories.Contact, "EMAIL").Should().Be(PolicyAction.Redact);
    }

    [Fact]
    public void ActionFor_TypeEntry_OverridesItsCategory()
    {
        var policy = Policies.Default(Policies.WithActions(("SECRET", "block"), ("password", "mask"), ("EMAIL", "allow")));

        policy.ActionFor(Categories.Secret, "PASSWORD").Should().Be(PolicyAction.Mask);
        policy.ActionFor(Categories.Secret, "API_KEY").Should().Be(PolicyAction.Block);
        policy.ActionFor(Categories.Contact, "EMAIL").Should().Be(PolicyAction.Allow);
        policy.ActionFor(Categories.Contact, "PHONE").Should().Be(PolicyAction.Redact);
    }

    [Fact]
    public void ActionFor_NothingConfigured_Redacts()
    {
        var policy = PolicySet.Empty.Default;

        foreach (var category in PolicyCategories.All)
        {
            policy.ActionFor(category, "ANY_TYPE").Should().Be(PolicyAction.Redact);
        }

        policy.Name.Should().Be("default");
        policy.Media.Should().Be(MediaHandling.Refuse);
    }

    [Fact]
    public void Decide_NoFindings_AllowsWithNothingCounted()
    {
        var decision = Policies.Default(Policies.WithActions(("SECRET", "block"))).Decide([]);

        decision.Action.Should().Be(PolicyAction.Allow);
        decision.Findings.Should().BeEmpty();
        decision.Blocking.Should().BeEmpty();
        decision.CategoryCounts.Should().BeEmpty();
    }

    [Fact]
    public void Decide_EveryPairOfActions_StrictestWins()
    {
        foreach (var first in Actions)
        {
            foreach (var second in Actions)
            {
                var policy = Policies.Default(Policies.WithActions(
                    ("SECRET", PolicyActionNames.ToText(first)), ("CONTACT", PolicyActionNames.ToText(second))));

                var decision = policy.Decide([Kind(Categories.Secret, "API_KEY"), Kind(Categories.Contact, "EMAIL")]);

                decision.Action.Should().Be((PolicyAction)Math.Max((int)first, (int)second), $"{first} beside {second}");
            }
        }
    }

    [Fact]
    public void Decide_RandomFindingSets_StrictestConfiguredActionWinsAndCountsAddUp()
    {
        var random = new Random(8);
        string[] categories = [.. Categories.All];
        string[] types = ["API_KEY", "PASSWORD", "EMAIL", "PHONE", "IBAN", "MEDICATION", "IP_ADDRESS", "PERSON"];
        for (var round = 0; round < 300; round++)
        {
            var configured = new Dictionary<string, PolicyAction>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in categories.Concat(types).Where(_ => random.Next(3) == 0))
            {
                configured[key] = Actions[random.Next(Actions.Length)];
            }

            var policy = Policies.Default(Policies.WithActions([.. configured.Select(c => (c.Key, PolicyActionNames.ToText(c.Value)))]));
            var findings = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => Kind(categories[random.Next(categories.Length)], types[random.Next(types.Length)], $"rule-{random.Next(3)}"))
                .ToList();

            var decision = policy.Decide(findings);

            PolicyAction Expected(FindingKind f) =>
                configured.TryGetValue(f.Type, out var byType) ? byType
                : configured.TryGetValue(f.Category, out var byCategory) ? byCategory : PolicyAction.Redact;
            var counted = findings.Where(f => Expected(f) != PolicyAction.Allow).ToList();
            decision.Action.Should().Be(findings.Count == 0 ? PolicyAction.Allow : findings.Max(Expected));
            decision.Findings.Sum(f => f.Count).Should().Be(counted.Count);
            decision.Findings.Select(f => new FindingKind(f.Category, f.Type, f.RuleId)).Should().Equal(counted.Distinct());
            decision.Findings.Select(f => f.Action).Should().Equal(decision.Findings.Select(f => Expected(new FindingKind(f.Category, f.Type, f.RuleId))));
            decision.Blocking.Should().Equal(decision.Findings.Where(f => f.Action == PolicyAction.Block));
        }
    }

    [Fact]
    public void Decide_RepeatedFindings_CountedInFirstAppearanceOrderWithoutAllowed()
    {
        var policy = Policies.Default(Policies.WithActions(("SECRET", "block"), ("EMAIL", "allow"), ("PHONE", "audit-only")));

        var decision = policy.Decide([
            Kind(Categories.Contact, "PHONE", "phone-e164"),
            Kind(Categories.Secret, "API_KEY", "aws-access-key"),
            Kind(Categories.Contact, "EMAIL", "email"),
            Kind(Categories.Secret, "API_KEY", "aws-access-key"),
            Kind(Categories.Secret, "PASSWORD", "password-assignment"),
        ]);

        decision.PolicyName.Should().Be("default");
        decision.Action.Should().Be(PolicyAction.Block);
        decision.Findings.Should().Equal(
            new FindingCount(Categories.Contact, "PHONE", "phone-e164", 1, PolicyAction.AuditOnly),
            new FindingCount(Categories.Secret, "API_KEY", "aws-access-key", 2, PolicyAction.Block),
            new FindingCount(Categories.Secret, "PASSWORD", "password-assignment", 1, PolicyAction.Block));
        decision.Blocking.Select(f => f.RuleId).Should().Equal("aws-access-key", "password-assignment");
        decision.CategoryCounts.Should().Be("CONTACT=1,SECRET=3");
    }

    [Fact]
    public void Decide_OnlyAllowedFindings_Allows()
    {
        var policy = Policies.Default(Policies.WithActions(("CONTACT", "allow")));

        var decision = policy.Decide([Kind(Categories.Contact, "EMAIL"), Kind(Categories.Contact, "PHONE")]);

        decision.Action.Should().Be(PolicyAction.Allow);
        decision.Findings.Should().BeEmpty();
    }

    private static FindingKind Kind(string category, string type, string rule = "some-rule") => new(category, type, rule);
}
