using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Proxy;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Security;

/// <summary>
/// First step of the proxy pipeline: resolves the route's protocol and, when client keys are configured, requires
/// one (<c>Authorization: Bearer</c> or <c>x-api-key</c>), answering 401 in the route's error envelope otherwise.
/// </summary>
internal sealed class ClientKeyMiddleware(RequestDelegate next, ILogger<ClientKeyMiddleware> logger)
{
    private const string ApiKeyHeader = "x-api-key";

    public async Task InvokeAsync(HttpContext context, ClientKeyStore keys)
    {
        var route = context.GetReverseProxyFeature().Route.Config;
        if (!WireProtocolRegistry.TryResolve(WireProtocolRegistry.NameOf(route), out var protocol) ||
            !RouteErrorDialect.TryResolve(route, protocol, out var dialect))
        {
            // The config filter refuses such routes at load; never forward if one slips through.
            await ProxyErrors.WriteAsync(context, Protocols.ErrorDialect.OpenAI, 500, ProxyErrors.ScanFailed, "The route has no protocol configured.");
            return;
        }

        string caller = CallerIdentity.Anonymous;
        if (keys.IsEnabled)
        {
            string? presented = PresentedKey(context.Request.Headers);
            string? id = presented is null ? null : keys.FindId(presented);
            if (id is null)
            {
                Log.ClientKeyRejected(logger, route.RouteId, presented is null ? "missing" : "unknown");
                await ProxyErrors.WriteAsync(
                    context,
                    dialect,
                    StatusCodes.Status401Unauthorized,
                    "invalid_api_key",
                    "A valid PrivacyProxy client key is required (Authorization: Bearer <key> or x-api-key).");
                return;
            }

            caller = id;
        }

        context.Features.Set(new ScrubbingFeature(route.RouteId, protocol, dialect, caller));
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
