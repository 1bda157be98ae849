using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Proxy;
using PrivacyProxy.Security;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Stage 2: identifies the <see cref="Caller"/>. When client keys are configured one is required
/// (<c>Authorization: Bearer</c> or <c>x-api-key</c>) and answered with 401 in the route's envelope otherwise.
/// </summary>
internal sealed class AuthenticationMiddleware(RequestDelegate next, ILogger<AuthenticationMiddleware> logger)
{
    private const string ApiKeyHeader = "x-api-key";

    public async Task InvokeAsync(HttpContext context, ClientKeyStore keys)
    {
        var route = context.Features.GetRequiredFeature<RouteDescriptor>();
        Caller caller = Caller.Anonymous;
        if (keys.IsEnabled)
        {
            string? presented = PresentedKey(context.Request.Headers);
            Caller? found = presented is null ? null : keys.Find(presented);
            if (found is null)
            {
                Log.ClientKeyRejected(logger, route.RouteId, presented is null ? "missing" : "unknown");
                await ProxyErrors.WriteAsync(
                    context,
                    route.Dialect,
                    StatusCodes.Status401Unauthorized,
                    "invalid_api_key",
                    "A valid PrivacyProxy client key is required (Authorization: Bearer <key> or x-api-key).");
                return;
            }

            caller = found;
        }

        context.Features.Set(caller);
        await next(context);
    }

    private static string? PresentedKey(IHeaderDictionary headers)
    {
        StringValues authorization = headers[HeaderNames.Authorization];
        if (authorization.Count == 1 && authorization[0] is { } value &&
            value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return value["Bearer ".Length..].Trim();
        }

        StringValues apiKey = headers[ApiKeyHeader];
        return apiKey.Count == 1 && !string.IsNullOrWhiteSpace(apiKey[0]) ? apiKey[0]!.Trim() : null;
    }
}
