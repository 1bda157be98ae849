namespace PrivacyProxy.Policy.Tests.Decisions;

public sealed class PolicyDecisionTests
{
    [Fact]
    public void CategoryCounts_InterleavedCategories_SumPerCategoryInFirstAppearanceOrder()
    {
        var decision = new PolicyDecision("p", PolicyAction.Redact, [
            new FindingCount("SECRET", "API_KEY", "a", 1, PolicyAction.Redact),
            new FindingCount("CONTACT", "EMAIL", "b", 1, PolicyAction.Redact),
            new FindingCount("SECRET", "PASSWORD", "c", 1, PolicyAction.Redact),
            new FindingCount("CUSTOM", "CODENAMES", "dictionary:codenames", 4, PolicyAction.Redact),
        ], []);

        decision.CategoryCounts.Should().Be("SECRET=2,CONTACT=1,CUSTOM=4");
    }

    [Fact]
    public void CategoryCounts_NoFindings_IsEmpty() =>
        new PolicyDecision("p", PolicyAction.Allow, [], []).CategoryCounts.Should().BeEmpty();
}
