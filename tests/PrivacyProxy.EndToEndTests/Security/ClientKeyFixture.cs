using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Security;

/// <summary>A proxy with client keys and an upstream key (the configuration for listening beyond loopback).</summary>
public sealed class ClientKeyFixture : ProxyFixture
{
    public const string AliceKey = "pp-client-alice-000000000000000001";
    public const string BobKey = "pp-client-bob-00000000000000000002";

    internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PrivacyProxy:Upstream:ApiKey"] = UpstreamKey,
        ["PrivacyProxy:ClientKeys:0:Id"] = "alice",
        ["PrivacyProxy:ClientKeys:0:Key"] = AliceKey,
        ["PrivacyProxy:ClientKeys:1:Id"] = "bob",
        ["PrivacyProxy:ClientKeys:1:Key"] = BobKey,
    };
}
