using PrivacyProxy.Auditing;
using PrivacyProxy.Health;
using PrivacyProxy.Pipeline;
using PrivacyProxy.Preview;
using PrivacyProxy.Proxy;

namespace PrivacyProxy.Hosting;

/// <summary>Maps the proxy's endpoints; the request path through the proxy reads top to bottom here.</summary>
internal static class PrivacyProxyEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapPrivacyProxy(this IEndpointRouteBuilder endpoints)
    {
        // The proxy's own readiness probe (starting 503, ok, degraded with the problems of a rejected reload); never forwarded.
        endpoints.MapProxyHealth();

        // What a route's body would become, and where it would go; nothing is forwarded.
        endpoints.MapPost(PreviewEndpoint.Prefix + "/{**path}", PreviewEndpoint.HandleAsync);

        // Paths no route matches: 404 in the envelope the path's clients understand; nothing is forwarded.
        endpoints.MapFallback(UnknownRoute.WriteAsync);

        // Every route of the ReverseProxy section. Each stage reads the one before it from the request's features
        // and adds its own typed output; nothing is forwarded unless every stage passed it on.
        endpoints.MapReverseProxy(pipeline =>
        {
            // 0. Audit: wraps every later stage (so refusals are recorded too) and, once they ran, queues one AuditEvent
            //    (names, counts, fingerprints; never a value) for the background writer; never waits on the store.
            pipeline.UseMiddleware<AuditMiddleware>();

            // 1. Route context: the matched route as a RouteDescriptor (protocol, error dialect, cluster).
            pipeline.UseMiddleware<RouteContextMiddleware>();

            // 2. Authentication: the Caller (client key id or source network, and team) and the ActiveRules snapshot the
            //    request runs under; 401 for a missing or unknown key, 403 for a source outside every network rule.
            pipeline.UseMiddleware<AuthenticationMiddleware>();

            // 3. Scan: read (capped), decode, walk and detect into a ScanResult, nothing changed yet; refuse what
            //    cannot be scanned in the route's error envelope, so nothing unscanned is forwarded.
            pipeline.UseMiddleware<ScanMiddleware>();

            // 4. Decision: the policy's RequestDecision from the findings.
            pipeline.UseMiddleware<DecisionMiddleware>();

            // 5. Commit: the chosen body on the request (a CommittedRequest), or the refusal.
            pipeline.UseMiddleware<CommitMiddleware>();

            // 6. Answer forwarding failures (upstream down, timed out) in the route's error envelope.
            pipeline.UseMiddleware<UpstreamErrorMiddleware>();

            // 7. Restore placeholders in the upstream answer as YARP copies it (JSON at the end, SSE per event).
            pipeline.UseMiddleware<RestoreMiddleware>();

            // 8. YARP's own steps (no session affinity); forwarding follows, with CallerAnonymizationTransformProvider's
            //    header policy (allow-listed headers, no X-Forwarded-*, upstream key) and the cluster's timeouts.
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });

        return endpoints;
    }
}
