using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>Health data routed locally, with the local cluster on a port nothing listens on (the company's server is down).</summary>
public sealed class LocalServerDownFixture : ProxyFixture
{
    internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        // Port 9 (discard) on loopback: nothing listens there in the test environment, so connecting fails at once.
        ["ReverseProxy:Clusters:local:Destinations:primary:Address"] = "http://127.0.0.1:9/",
        ["PrivacyProxy:Policies:default:Actions:HEALTH"] = "route-local",
    };
}
