using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Policies;

namespace PrivacyProxy.Pipeline;

/// <summary>Stage 3 in the proxy pipeline: runs <see cref="ScanStage"/>, answers refusals, passes the <see cref="ScanResult"/> on.</summary>
internal sealed class ScanMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ScanStage scan)
    {
        var route = context.Features.GetRequiredFeature<RouteDescriptor>();
        var (result, refusal) = await scan.RunAsync(
            context, route, context.Features.GetRequiredFeature<Caller>(), context.Features.GetRequiredFeature<ActiveRules>());
        if (refusal is not null)
        {
            await refusal.WriteAsync(context, route.Dialect);
            return;
        }

        if (result is null)
        {
            return;
        }

        context.Features.Set(result);
        await next(context);
    }
}
