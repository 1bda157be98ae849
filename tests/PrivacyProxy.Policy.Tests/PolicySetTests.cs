namespace PrivacyProxy.Policy.Tests;

public sealed class PolicySetTests
{
    private static PolicySetDefinition TwoTeams() => new()
    {
        Policies =
        {
            ["strict"] = Policies.WithActions(("SECRET", "block")),
            ["lenient"] = Policies.WithActions(("SECRET", "redact"), ("CONTACT", "allow")),
            ["trial"] = Policies.WithActions(("HEALTH", "route-local")),
        },
        Teams =
        {
            ["engineering"] = new TeamDefinition { Policy = "strict" },
            ["support"] = new TeamDefinition { Policy = "lenient", ShadowPolicy = "trial" },
            ["research"] = new TeamDefinition { ShadowPolicy = "strict" },
        },
    };

    [Fact]
    public void ForTeam_TeamWithPolicy_GetsItWithoutShadow()
    {
        var assignment = Policies.Set(TwoTeams()).ForTeam("engineering");

        assignment.Enforced.Name.Should().Be("strict");
        assignment.Shadow.Should().BeNull();
    }

    [Fact]
    public void ForTeam_TeamNameInAnotherCase_IsTheSameTeam() =>
        Policies.Set(TwoTeams()).ForTeam("SUPPORT").Enforced.Name.Should().Be("lenient");

    [Fact]
    public void ForTeam_ShadowPolicy_IsAssignedBesideTheEnforcedOne()
    {
        var assignment = Policies.Set(TwoTeams()).ForTeam("support");

        assignment.Enforced.Name.Should().Be("lenient");
        assignment.Shadow!.Name.Should().Be("trial");
        assignment.Shadow.ActionFor("HEALTH", "MEDICATION").Should().Be(PolicyAction.RouteLocal);
    }

    [Fact]
    public void ForTeam_OnlyShadowConfigured_EnforcesTheDefault()
    {
        var assignment = Policies.Set(TwoTeams()).ForTeam("research");

        assignment.Enforced.Name.Should().Be("default");
        assignment.Shadow!.Name.Should().Be("strict");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("marketing")]
    public void ForTeam_NoTeamOrUnknownTeam_GetsDefaultPolicyWithoutShadow(string? team)
    {
        var set = Policies.Set(TwoTeams());

        var assignment = set.ForTeam(team);

        assignment.Enforced.Should().BeSameAs(set.Default);
        assignment.Shadow.Should().BeNull();
    }

    [Fact]
    public void ForTeam_SameFindingsForTwoTeams_DecideDifferently()
    {
        var set = Policies.Set(TwoTeams());
        FindingKind[] findings = [new("SECRET", "API_KEY", "aws-access-key"), new("CONTACT", "EMAIL", "email")];

        set.ForTeam("engineering").Enforced.Decide(findings).Action.Should().Be(PolicyAction.Block);
        set.ForTeam("support").Enforced.Decide(findings).Action.Should().Be(PolicyAction.Redact);
    }

    [Fact]
    public void Default_NamedByDefaultPolicy_IsThatPolicy()
    {
        var definition = TwoTeams();
        definition.DefaultPolicy = "Strict";

        var set = Policies.Set(definition);

        set.Default.Name.Should().Be("strict");
        set.ForTeam("research").Enforced.Name.Should().Be("strict");
    }

    [Fact]
    public void Compile_NothingConfigured_IsEverythingRedactAndMediaRefused()
    {
        var set = Policies.Set(new PolicySetDefinition());

        set.Default.Name.Should().Be("default");
        set.Default.Media.Should().Be(MediaHandling.Refuse);
        set.Default.Decide([new("SECRET", "API_KEY", "r"), new("CONTACT", "EMAIL", "e")]).Action.Should().Be(PolicyAction.Redact);
        set.HasNetworkRules.Should().BeFalse();
        PolicySet.Empty.HasNetworkRules.Should().BeFalse();
        PolicySet.Empty.ForTeam("any").Enforced.Should().BeSameAs(PolicySet.Empty.Default);
    }

    [Fact]
    public void Compile_LegacyMediaForward_AppliesWhereAPolicySetsNone()
    {
        var definition = new PolicySetDefinition
        {
            LegacyMedia = MediaHandling.Forward,
            Policies = { ["strip"] = new PolicyDefinition { Media = "strip" }, ["plain"] = new PolicyDefinition() },
            Teams = { ["a"] = new TeamDefinition { Policy = "strip" }, ["b"] = new TeamDefinition { Policy = "plain" } },
        };

        var set = Policies.Set(definition);

        set.Default.Media.Should().Be(MediaHandling.Forward);
        set.ForTeam("a").Enforced.Media.Should().Be(MediaHandling.Strip);
        set.ForTeam("b").Enforced.Media.Should().Be(MediaHandling.Forward);
    }
}
