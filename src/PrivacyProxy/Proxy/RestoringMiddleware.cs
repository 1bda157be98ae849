using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Telemetry;
using Yarp.ReverseProxy.Forwarder;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Swaps the response body for a <see cref="RestoringResponseBody"/> around the forwarding step, finishes it when
/// the upstream answer ended normally, and logs how many placeholders were restored (counts only).
/// </summary>
internal sealed class RestoringMiddleware(RequestDelegate next, ILogger<RestoringMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var feature = context.Features.GetRequiredFeature<ScrubbingFeature>();
        if (feature.Session is null || feature.Protocol is null)
        {
            await next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var body = new RestoringResponseBody(original, context.Response, feature.Protocol, feature.Session);
        context.Features.Set<IHttpResponseBodyFeature>(body);
        try
        {
            await next(context);
            var error = context.Features.Get<IForwarderErrorFeature>();
            if (error is null && !context.RequestAborted.IsCancellationRequested)
            {
                await body.FinishAsync(context.RequestAborted);
            }
            else
            {
                Log.ResponseIncomplete(logger, feature.RouteId, error?.Error.ToString() ?? "client disconnected");
            }
        }
        finally
        {
            context.Features.Set(original);
        }

        if (body.UnrestorableEncoding is { } encoding)
        {
            Log.ResponseNotRestorable(logger, feature.RouteId, encoding);
        }

        Log.ResponseRestored(logger, feature.RouteId, context.Response.StatusCode, feature.Session.RestoredCount, feature.Session.UnrestoredCount);
    }
}
