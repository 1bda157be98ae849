namespace PrivacyProxy.Egress;

/// <summary>Adds the <see cref="HostCheckMiddleware"/> to the application pipeline.</summary>
internal static class EgressApplicationBuilderExtensions
{
    /// <summary>
    /// Refuses requests for hosts the proxy does not serve. Add it before the endpoints are mapped, so it covers every
    /// path (routes, fallback, the proxy's own); it reads the matched route, when routing ran first, for the dialect.
    /// </summary>
    public static IApplicationBuilder UseServedHostCheck(this IApplicationBuilder app) =>
        app.UseMiddleware<HostCheckMiddleware>();
}
