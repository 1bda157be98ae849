namespace PrivacyProxy.Policy;

/// <summary>Everything policy-related under <c>PrivacyProxy:</c>, as the host binds it from configuration.</summary>
public sealed class PolicySetDefinition
{
    /// <summary><c>PrivacyProxy:Policies:&lt;name&gt;</c>.</summary>
    public Dictionary<string, PolicyDefinition> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>PrivacyProxy:Teams:&lt;team&gt;</c>.</summary>
    public Dictionary<string, TeamDefinition> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>PrivacyProxy:DefaultPolicy</c>; a missing policy called "default" is the everything-redact policy.</summary>
    public string DefaultPolicy { get; set; } = "default";

    /// <summary><c>PrivacyProxy:Networks:N</c>.</summary>
    public List<NetworkDefinition> Networks { get; set; } = [];

    /// <summary>Media handling of policies that set none (the host sets Forward for the old AllowUnscannedMedia=true).</summary>
    public MediaHandling? LegacyMedia { get; set; }
}
