namespace PrivacyProxy.Health;

/// <summary>Maps <c>/healthz</c>, the proxy's own readiness probe; never forwarded and open to every caller.</summary>
internal static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>The probe's path (design.md, routes table).</summary>
    public const string Path = "/healthz";

    public static IEndpointConventionBuilder MapProxyHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, static context => HealthResponse.WriteAsync(context, context.RequestServices.GetRequiredService<ProxyHealth>().Current));
}
