using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Policies;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Stage 5: carries out the <see cref="Commitment"/>: the chosen body and query on the request, the request moved
/// to the local cluster when the policy keeps it in the company, or the refusal. Only here does the request change.
/// </summary>
internal sealed class CommitMiddleware(RequestDelegate next, ILogger<CommitMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, LocalRouting local, Yarp.ReverseProxy.IProxyStateLookup proxyState)
    {
        var route = context.Features.GetRequiredFeature<RouteDescriptor>();
        var decision = context.Features.GetRequiredFeature<RequestDecision>();
        var commitment = Commitment.Plan(route, context.Features.GetRequiredFeature<ScanResult>(), decision, local);
        DecisionHeaders.AddOnStarting(context.Response, decision);
        if (commitment.Refusal is { } refusal)
        {
            Log.RequestRefused(logger, route.RouteId, refusal.Status, refusal.Code, "policy");
            await refusal.WriteAsync(context, route.Dialect);
            return;
        }

        if (commitment.LocalPath is not null)
        {
            if (!proxyState.TryGetCluster(LocalRouting.Cluster, out var cluster))
            {
                // Never fall back to the hosted API with an unscrubbed body.
                await new Refusal(StatusCodes.Status503ServiceUnavailable, Protocols.ProtocolErrorCodes.LocalRouteUnavailable,
                    "The company's own model server (cluster 'local') is not configured; nothing was sent.").WriteAsync(context, route.Dialect);
                return;
            }

            context.ReassignProxyRequest(cluster);
        }

        var request = context.Request;
        request.QueryString = commitment.Query;
        if (commitment.Body is { } body)
        {
            request.Body = new MemoryStream(body, writable: false);
            request.ContentLength = body.Length;
            request.Headers.Remove(HeaderNames.ContentEncoding);
            request.Headers.Remove(HeaderNames.TransferEncoding);
        }

        context.Features.Set(new CommittedRequest(commitment.Upstream, commitment.Body?.Length, commitment.Restorer, commitment.LocalPath));
        await next(context);
    }
}
