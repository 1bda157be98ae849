using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Pipeline;
using PrivacyProxy.Telemetry;
using Yarp.ReverseProxy.Forwarder;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Gives forwarding failures (upstream unreachable, timed out, reset before answering) a body in the route's error
/// envelope: YARP answers them with a bare status, which Anthropic and Ollama clients report as an unknown error.
/// </summary>
internal sealed class UpstreamErrorMiddleware(RequestDelegate next, ILogger<UpstreamErrorMiddleware> logger)
{
    /// <summary>Code of the proxy's answer when the upstream could not be reached or did not answer.</summary>
    public const string UpstreamUnavailable = "upstream_unavailable";

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var error = context.Features.Get<IForwarderErrorFeature>();
        int status = context.Response.StatusCode;

        // Client-side failures (status 4xx) are YARP's to report; a started response cannot change any more.
        if (error is null || status < 500 || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var route = context.Features.GetRequiredFeature<RouteDescriptor>();
        Log.UpstreamFailed(logger, route.RouteId, error.Error.ToString(), status);
        await ProxyErrors.WriteAsync(
            context,
            route.Dialect,
            status,
            UpstreamUnavailable,
            status == StatusCodes.Status504GatewayTimeout
                ? "The upstream did not answer in time."
                : "The upstream could not be reached or failed before answering.");
    }
}
