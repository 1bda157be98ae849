using PrivacyProxy.Pipeline;
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
        if (!RouteDescriptor.TryCreate(route, out _, out string? problem))
        {
            throw new InvalidOperationException(problem);
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
