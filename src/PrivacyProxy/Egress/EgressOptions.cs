namespace PrivacyProxy.Egress;

/// <summary>
/// Transparent egress settings (configuration section <c>PrivacyProxy:Egress</c>), bound and validated at start.
/// </summary>
internal sealed class EgressOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "PrivacyProxy:Egress";

    /// <summary>
    /// Extra names the proxy answers to (its DNS name on the company network, say), beside localhost, the machine
    /// name, the listening addresses and the upstream hosts. Host names or IP addresses, without scheme or port.
    /// </summary>
    public List<string> Hosts { get; set; } = [];
}
