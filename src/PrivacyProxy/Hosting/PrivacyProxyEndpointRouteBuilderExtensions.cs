using PrivacyProxy.Proxy;
using PrivacyProxy.Security;

namespace PrivacyProxy.Hosting;

/// <summary>Maps the proxy's endpoints; the request path through the proxy reads top to bottom here.</summary>
internal static class PrivacyProxyEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapPrivacyProxy(this IEndpointRouteBuilder endpoints)
    {
        // The proxy's own liveness probe; never forwarded.
        endpoints.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));

        // Paths no route matches: 404 in the envelope the path's clients understand; nothing is forwarded.
        endpoints.MapFallback(UnknownRoute.WriteAsync);

        // Every route of the ReverseProxy section.
        endpoints.MapReverseProxy(pipeline =>
        {
            // 1. Resolve the route's protocol; require a client key when keys are configured (401 otherwise).
            pipeline.UseMiddleware<ClientKeyMiddleware>();

            // 2. Read (capped), decode, type-check and scrub the body with a new RedactionSession; refuse what
            //    cannot be scanned in the protocol's error envelope, so nothing unscanned is forwarded.
            pipeline.UseMiddleware<ScrubbingMiddleware>();

            // 3. Answer forwarding failures (upstream down, timed out) in the route's error envelope.
            pipeline.UseMiddleware<UpstreamErrorMiddleware>();

            // 4. Restore placeholders in the upstream answer as YARP copies it (JSON at the end, SSE per event).
            pipeline.UseMiddleware<RestoringMiddleware>();

            // 5. YARP's own steps (no session affinity: one destination per cluster); forwarding follows, with CallerAnonymizationTransformProvider's header policy
            //    (allow-listed headers, no X-Forwarded-*, upstream key) and the cluster's timeouts.
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });

        return endpoints;
    }
}
