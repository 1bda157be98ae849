using PrivacyProxy.Policies;
using PrivacyProxy.Policy;
using PrivacyProxy.Protocols;
using PrivacyProxy.Protocols.Routing;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// What the commit stage puts on the request, worked out from the decision without touching the request (the
/// preview endpoint reports it instead): the scrubbed body for the route's own cluster, the body as sent for the
/// company's own server, or a refusal.
/// </summary>
/// <param name="Upstream">Where the request goes (<see cref="Upstream.None"/> with a refusal).</param>
/// <param name="Body">The body to send; null on body-less routes and refusals.</param>
/// <param name="Query">The query string to send.</param>
/// <param name="LocalPath">The local server's path when the request moves off its route's cluster; null otherwise.</param>
/// <param name="Restorer">The session that restores the answer; null when the body left unscrubbed.</param>
/// <param name="Refusal">Why nothing is sent, when nothing is.</param>
internal sealed record Commitment(
    Upstream Upstream, byte[]? Body, QueryString Query, string? LocalPath, RedactionSession? Restorer, Refusal? Refusal)
{
    public static Commitment Plan(RouteDescriptor route, ScanResult scan, RequestDecision decision, LocalRouting local)
    {
        bool onLocalCluster = string.Equals(route.ClusterId, LocalRouting.Cluster, StringComparison.Ordinal);
        switch (decision.Upstream)
        {
            case Upstream.None:
                return Refused(BlockRefusal(decision.Enforced));
            case Upstream.Local when onLocalCluster:
                // Already the company's own server (Ollama's native routes): the body goes as it was sent.
                return new Commitment(Upstream.Local, scan.OriginalBody, scan.OriginalQuery, null, null, null);
            case Upstream.Local:
                if (local.PathFor(route.ProtocolName) is not { } path)
                {
                    return Refused(new Refusal(
                        StatusCodes.Status403Forbidden,
                        ProtocolErrorCodes.LocalRouteUnavailable,
                        $"PrivacyProxy policy '{decision.Enforced.PolicyName}' keeps this request on the company's own model server " +
                        $"({Named(decision.Enforced.Findings.Where(f => f.Action == PolicyAction.RouteLocal))}), which is not configured " +
                        $"for '{route.ProtocolName}' requests (PrivacyProxy:Local:Paths:{route.ProtocolName}); nothing was sent."));
                }

                byte[]? body = scan.OriginalBody is null ? null : ModelField.Rename(scan.OriginalBody, local.ModelFor);
                return new Commitment(Upstream.Local, body, scan.OriginalQuery, path, null, null);
            case Upstream.Hosted when KeptEverything(scan, decision):
                // allow and audit-only change nothing: a request whose every finding the policy keeps leaves as sent,
                // byte for byte (no user-isolation id added, no identifier hashed), so nothing needs restoring.
                return new Commitment(onLocalCluster ? Upstream.Local : Upstream.Hosted, scan.OriginalBody, scan.OriginalQuery, null, null, null);
            default:
                return new Commitment(
                    onLocalCluster ? Upstream.Local : Upstream.Hosted,
                    scan.ScrubbedBody,
                    scan.ScrubbedQuery,
                    null,
                    scan.ScrubbedBody is null ? null : scan.Session,
                    null);
        }
    }

    // Something was found and nothing replaced. Media a policy strips stays stripped: only the scrubbed body lacks it.
    private static bool KeptEverything(ScanResult scan, RequestDecision decision) =>
        scan.Session.Records.Count > 0 &&
        decision.Enforced.Action <= PolicyAction.AuditOnly &&
        scan.Policies.Enforced.Media != Policy.MediaHandling.Strip;

    private static Commitment Refused(Refusal refusal) => new(Upstream.None, null, QueryString.Empty, null, null, refusal);

    // Names what blocked by category, type and rule id (configuration names), never by value.
    private static Refusal BlockRefusal(PolicyDecision decision) => new(
        StatusCodes.Status403Forbidden,
        ProtocolErrorCodes.PolicyViolation,
        $"PrivacyProxy policy '{decision.PolicyName}' blocks this request: it holds {Named(decision.Blocking)}. Nothing was sent.");

    private static string Named(IEnumerable<FindingCount> findings) =>
        string.Join(", ", findings.Select(static f => $"{f.Category}/{f.Type} (rule {f.RuleId}) x{f.Count}"));
}
