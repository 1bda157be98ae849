namespace PrivacyProxy.Policy;

/// <summary>A team's policies, as bound from <c>PrivacyProxy:Teams:&lt;team&gt;</c>.</summary>
public sealed class TeamDefinition
{
    /// <summary>The enforced policy; null means the default policy.</summary>
    public string? Policy { get; set; }

    /// <summary>A policy evaluated beside the enforced one and only reported.</summary>
    public string? ShadowPolicy { get; set; }
}
