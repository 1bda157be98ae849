using PrivacyProxy.Policy;

namespace PrivacyProxy.Pipeline;

/// <summary>Stage 4's output: what the enforced policy decided, and what the shadow policy would have.</summary>
/// <param name="Enforced">The decision that is carried out.</param>
/// <param name="Shadow">The shadow policy's decision, reported only; null when the caller's team has none.</param>
internal sealed record RequestDecision(PolicyDecision Enforced, PolicyDecision? Shadow)
{
    /// <summary>Where the enforced decision sends the request.</summary>
    public Upstream Upstream => UpstreamOf(Enforced.Action);

    /// <summary>Decides with the policies the request was scanned under, over the values it found.</summary>
    public static RequestDecision Of(ScanResult scan)
    {
        var kinds = scan.Session.Records.Select(static r => new FindingKind(r.Category, r.Type, r.RuleId)).ToArray();
        return new RequestDecision(scan.Policies.Enforced.Decide(kinds), scan.Policies.Shadow?.Decide(kinds));
    }

    /// <summary>Where a request with <paramref name="action"/> goes.</summary>
    public static Upstream UpstreamOf(PolicyAction action) => action switch
    {
        PolicyAction.Block => Upstream.None,
        PolicyAction.RouteLocal => Upstream.Local,
        _ => Upstream.Hosted,
    };
}
