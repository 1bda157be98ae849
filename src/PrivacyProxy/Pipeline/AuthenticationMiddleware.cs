using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Policies;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Pipeline;

/// <summary>Stage 2: the <see cref="Caller"/> from <see cref="CallerAuthenticator"/>, or its refusal in the route's envelope.</summary>
internal sealed class AuthenticationMiddleware(RequestDelegate next, ILogger<AuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, CallerAuthenticator authenticator, ActiveRulesHolder rules)
    {
        var route = context.Features.GetRequiredFeature<RouteDescriptor>();

        // One snapshot of rules and policies for the whole request: a reload in between changes the next request,
        // never this one's team, policy or detector halfway.
        var active = rules.Current;
        var (caller, refusal, reason) = authenticator.Authenticate(context, active);
        if (caller is null)
        {
            Log.ClientKeyRejected(logger, route.RouteId, reason ?? "refused");
            await refusal!.WriteAsync(context, route.Dialect);
            return;
        }

        context.Features.Set(caller);
        context.Features.Set(active);
        await next(context);
    }
}
