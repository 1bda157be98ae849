namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>The test classes that share one <see cref="TeamPolicyFixture"/> (run one after another; each test clears the upstreams).</summary>
[CollectionDefinition(Name)]
public sealed class TeamPolicyCollection : ICollectionFixture<TeamPolicyFixture>
{
    public const string Name = "team policies";
}
