using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Media;

/// <summary>A proxy configured with <c>PrivacyProxy:AllowUnscannedMedia=true</c>.</summary>
public sealed class AllowUnscannedMediaFixture : ProxyFixture
{
    internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PrivacyProxy:Upstream:ApiKey"] = UpstreamKey,
        ["PrivacyProxy:AllowUnscannedMedia"] = "true",
    };
}
