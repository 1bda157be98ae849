using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Proxy;
using PrivacyProxy.Telemetry;
using Yarp.ReverseProxy.Forwarder;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Last stage: swaps the response body for a <see cref="RestoringResponseBody"/> around the forwarding step when
/// the committed request carries placeholders to restore, finishes it when the upstream answer ended normally,
/// and logs how many placeholders were restored (counts only).
/// </summary>
internal sealed class RestoreMiddleware(RequestDelegate next, ILogger<RestoreMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var route = context.Features.GetRequiredFeature<RouteDescriptor>();
        var committed = context.Features.GetRequiredFeature<CommittedRequest>();
        if (committed.Restorer is not { } session || route.Protocol is not { } protocol)
        {
            await next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var body = new RestoringResponseBody(original, context.Response, protocol, session);
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
                Log.ResponseIncomplete(logger, route.RouteId, error?.Error.ToString() ?? "client disconnected");
            }
        }
        finally
        {
            context.Features.Set(original);
        }

        if (body.UnrestorableEncoding is { } encoding)
        {
            Log.ResponseNotRestorable(logger, route.RouteId, encoding);
        }

        Log.ResponseRestored(logger, route.RouteId, context.Response.StatusCode, session.RestoredCount, session.UnrestoredCount);
    }
}
