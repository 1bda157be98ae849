using PrivacyProxy.Proxy;
using Yarp.ReverseProxy.Configuration;

namespace PrivacyProxy.Hosting;

/// <summary>
/// Refuses, at configuration load, any route that does not name a known protocol (and, if it names one, a known
/// error dialect) in its metadata or that asks
/// for transforms beyond path rewrites (a header or X-Forwarded transform could re-add what the proxy strips).
/// </summary>
internal sealed class RouteProtocolConfigFilter : IProxyConfigFilter
{
    private static readonly HashSet<string> AllowedTransforms =
        new(["PathSet", "PathPrefix", "PathRemovePrefix", "PathPattern"], StringComparer.OrdinalIgnoreCase);

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => new(cluster);

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel)
    {
        string? name = WireProtocolRegistry.NameOf(route);
        if (!WireProtocolRegistry.TryResolve(name, out var protocol))
        {
            throw new InvalidOperationException(
                $"Route '{route.RouteId}': metadata '{WireProtocolRegistry.MetadataKey}' must be one of " +
                $"{string.Join(", ", WireProtocolRegistry.Names)}.");
        }

        if (!RouteErrorDialect.TryResolve(route, protocol, out _))
        {
            throw new InvalidOperationException(
                $"Route '{route.RouteId}': metadata '{RouteErrorDialect.MetadataKey}' must be one of " +
                $"{string.Join(", ", Enum.GetNames<Protocols.ErrorDialect>())}.");
        }

        foreach (var transform in route.Transforms ?? [])
        {
            foreach (var key in transform.Keys)
            {
                if (!AllowedTransforms.Contains(key))
                {
                    throw new InvalidOperationException(
                        $"Route '{route.RouteId}': transform '{key}' is not allowed; only path transforms are.");
                }
            }
        }

        return new(route);
    }
}
