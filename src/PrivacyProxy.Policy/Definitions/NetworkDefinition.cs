namespace PrivacyProxy.Policy;

/// <summary>Callers identified by source network, as bound from <c>PrivacyProxy:Networks:N</c>.</summary>
public sealed class NetworkDefinition
{
    /// <summary>An IPv4 or IPv6 network (<c>10.0.0.0/8</c>, <c>2001:db8::/32</c>) or a single address.</summary>
    public string Cidr { get; set; } = "";

    /// <summary>The team of callers from this network; it needs no entry in Teams (it then gets the default policy).</summary>
    public string? Team { get; set; }
}
