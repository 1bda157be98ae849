using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>YARP's applied state reduced to clusters whose destinations a test sets (and replaces, as a reload would).</summary>
internal sealed class FakeProxyState : IProxyStateLookup
{
    private static readonly HttpMessageInvoker NoClient = new(new HttpClientHandler());
    private readonly Dictionary<string, ClusterState> _clusters = new(StringComparer.Ordinal);

    /// <summary>Sets <paramref name="clusterId"/>'s destinations (addresses, optional Host header), as a configuration load would.</summary>
    public void Set(string clusterId, params (string Address, string? Host)[] destinations)
    {
        var config = new ClusterConfig
        {
            ClusterId = clusterId,
            Destinations = destinations
                .Select((d, i) => (Key: "d" + i, Value: new DestinationConfig { Address = d.Address, Host = d.Host }))
                .ToDictionary(d => d.Key, d => d.Value),
        };
        _clusters[clusterId] = new ClusterState(clusterId, new ClusterModel(config, NoClient));
    }

    public IEnumerable<ClusterState> GetClusters() => _clusters.Values;

    public IEnumerable<RouteModel> GetRoutes() => [];

    public bool TryGetCluster(string id, out ClusterState cluster) => _clusters.TryGetValue(id, out cluster!);

    public bool TryGetRoute(string id, out RouteModel route)
    {
        route = null!;
        return false;
    }
}
