using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Security;

/// <summary>A proxy without an upstream key and without client keys, on loopback (design.md's default).</summary>
public sealed class NoUpstreamKeyFixture : ProxyFixture
{
    internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();
}
