namespace PrivacyProxy.Policy.Tests.Dashboard;

/// <summary>The read-only listings the dashboard's policy page shows: every team's policies and a policy's actions.</summary>
public sealed class PolicyListingTests
{
    private static PolicySet Set() => Policies.Set(new PolicySetDefinition
    {
        Policies =
        {
            ["strict"] = Policies.WithActions(("SECRET", "block"), ("API_KEY", "mask")),
            ["trial"] = Policies.WithActions(("HEALTH", "route-local")),
        },
        Teams =
        {
            ["engineering"] = new TeamDefinition { Policy = "strict", ShadowPolicy = "trial" },
            ["support"] = new TeamDefinition { ShadowPolicy = "strict" },
        },
    });

    [Fact]
    public void Teams_ListsEveryConfiguredTeamWithItsAssignment()
    {
        var teams = Set().Teams;

        teams.Keys.Should().BeEquivalentTo("engineering", "support");
        teams["engineering"].Enforced.Name.Should().Be("strict");
        teams["engineering"].Shadow!.Name.Should().Be("trial");
        teams["support"].Enforced.Name.Should().Be("default");
        teams["support"].Shadow!.Name.Should().Be("strict");
    }

    [Fact]
    public void Teams_NothingConfigured_IsEmpty() => PolicySet.Empty.Teams.Should().BeEmpty();

    [Fact]
    public void Actions_ListsTheConfiguredEntriesOnly()
    {
        var strict = Set().ForTeam("engineering").Enforced;

        strict.Actions.Should().HaveCount(2);
        strict.Actions["SECRET"].Should().Be(PolicyAction.Block);
        strict.Actions["api_key"].Should().Be(PolicyAction.Mask, "names are matched without regard to case, as ActionFor does");
        Set().Default.Actions.Should().BeEmpty();
    }
}
