using PrivacyProxy.Pipeline;
using PrivacyProxy.Proxy;
using Yarp.ReverseProxy.Model;

namespace PrivacyProxy.Egress;

/// <summary>
/// Refuses, with 403 in the error envelope of the route (or, for unrouted paths, of the path), every request whose
/// <c>Host</c> <see cref="ServedHosts"/> does not serve, before anything reads its body: nothing is forwarded.
/// </summary>
internal sealed partial class HostCheckMiddleware(RequestDelegate next, ServedHosts hosts, ILogger<HostCheckMiddleware> logger)
{
    /// <summary>The error code of the refusal.</summary>
    public const string ErrorCode = "host_not_served";

    public Task InvokeAsync(HttpContext context)
    {
        if (hosts.Serves(context.Request.Host, context.Connection.LocalIpAddress))
        {
            return next(context);
        }

        // The host is neither logged nor echoed: a name such as "<secret>.attacker.example" can carry a value.
        var route = context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config;
        LogRefused(logger, route?.RouteId ?? "-");
        var dialect = route is null ? UnknownRoute.DialectOf(context.Request.Path) : RouteDescriptor.Of(route).Dialect;
        return ProxyErrors.WriteAsync(
            context,
            dialect,
            StatusCodes.Status403Forbidden,
            ErrorCode,
            "PrivacyProxy does not serve this host name; nothing was forwarded.");
    }
}
