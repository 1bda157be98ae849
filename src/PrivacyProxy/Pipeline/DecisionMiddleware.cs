using Microsoft.AspNetCore.Http.Features;

namespace PrivacyProxy.Pipeline;

/// <summary>Stage 4: turns the <see cref="ScanResult"/> into a <see cref="RequestDecision"/>.</summary>
internal sealed class DecisionMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Features.Set(RequestDecision.Of(context.Features.GetRequiredFeature<ScanResult>()));
        return next(context);
    }
}
