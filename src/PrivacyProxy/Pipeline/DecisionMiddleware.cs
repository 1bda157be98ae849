using Microsoft.AspNetCore.Http.Features;
namespace PrivacyProxy.Pipeline;

/// <summary>Stage 4: turns the <see cref="ScanResult"/> into a <see cref="RequestDecision"/>.</summary>
internal sealed class DecisionMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Features.GetRequiredFeature<ScanResult>();
        context.Features.Set(new RequestDecision(Upstream.Hosted));
        return next(context);
    }
}
