using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Pipeline;

/// <summary>Stage 2: the <see cref="Caller"/> from <see cref="CallerAuthenticator"/>, or its refusal in the route's envelope.</summary>
internal sealed class AuthenticationMiddleware(RequestDelegate next, ILogger<AuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, CallerAuthenticator authenticator)
    {
        var route = context.Features.GetRequiredFeature<RouteDescriptor>();
        var (caller, refusal, reason) = authenticator.Authenticate(context);
        if (caller is null)
        {
            Log.ClientKeyRejected(logger, route.RouteId, reason ?? "refused");
            await refusal!.WriteAsync(context, route.Dialect);
            return;
        }

        context.Features.Set(caller);
        await next(context);
    }
}
