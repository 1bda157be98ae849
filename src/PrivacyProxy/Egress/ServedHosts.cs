using System.Collections.Frozen;
using System.Net;
using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace PrivacyProxy.Egress;

/// <summary>
/// Decides whether a request's <c>Host</c> is one the proxy serves: its own names (localhost, loopback and the
/// address the connection arrived on, the machine name, the hosts of the listening addresses and their SNI names,
/// <c>PrivacyProxy:Egress:Hosts</c>) or the host of a configured upstream destination. In egress mode the DNS
/// points names at the proxy; a request for any other name was meant for another service and must not go to DeepSeek.
/// </summary>
internal sealed class ServedHosts
{
    private readonly FrozenSet<string> _own;
    private readonly IProxyStateLookup _proxy;
    private volatile UpstreamHosts _upstream = new([], FrozenSet<string>.Empty);

    public ServedHosts(IConfiguration configuration, IOptions<EgressOptions> options, IProxyStateLookup proxy)
    {
        _proxy = proxy;
        var own = new HashSet<string>(StringComparer.Ordinal) { "localhost" };
        Add(own, Environment.MachineName);
        Add(own, Dns.GetHostName());
        foreach (string url in ListenAddresses.From(configuration))
        {
            Add(own, ListenHost(url));
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            foreach (var sni in endpoint.GetSection("Sni").GetChildren())
            {
                // Wildcard SNI entries ("*.corp.example", "*") name no single host.
                if (!sni.Key.Contains('*'))
                {
                    Add(own, sni.Key);
                }
            }
        }

        foreach (string host in options.Value.Hosts)
        {
            Add(own, host);
        }

        _own = own.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="host"/> (port ignored) names the proxy or an upstream.</summary>
    /// <param name="host">The request's <c>Host</c> (HTTP/2 and 3: <c>:authority</c>).</param>
    /// <param name="localAddress">The address the connection arrived on; a probe addressing it by IP is served.</param>
    public bool Serves(HostString host, IPAddress? localAddress)
    {
        if (!host.HasValue)
        {
            // HTTP/1.0 without Host: the client addressed this connection, that is the proxy itself.
            return true;
        }

        string? name = HostName.Normalize(host.Host);
        if (name is null)
        {
            return false;
        }

        return _own.Contains(name) || IsOwnAddress(name, localAddress) || UpstreamNames().Contains(name);
    }

    /// <summary>Any loopback address, or the one the connection arrived on (a health probe calling the pod's IP).</summary>
    private static bool IsOwnAddress(string name, IPAddress? localAddress) =>
        IPAddress.TryParse(name, out var address) &&
        (IPAddress.IsLoopback(address) || (localAddress is not null && name == HostName.Of(localAddress)));

    /// <summary>The upstream hosts of the clusters as YARP currently applies them; rebuilt only when a cluster changed.</summary>
    private FrozenSet<string> UpstreamNames()
    {
        // YARP gives a cluster a new model whenever its configuration (destinations included) changes.
        var cached = _upstream;
        int count = 0;
        foreach (var cluster in _proxy.GetClusters())
        {
            if (count == cached.Models.Length || !ReferenceEquals(cached.Models[count], cluster.Model))
            {
                return Rebuild();
            }

            count++;
        }

        return count == cached.Models.Length ? cached.Names : Rebuild();
    }

    private FrozenSet<string> Rebuild()
    {
        var models = new List<ClusterModel>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in _proxy.GetClusters())
        {
            var model = cluster.Model;
            models.Add(model);
            foreach (var destination in model.Config.Destinations?.Values ?? [])
            {
                if (Uri.TryCreate(destination.Address, UriKind.Absolute, out var address))
                {
                    Add(names, address.Host);
                }

                // A destination may send another Host header than its address names (a TLS front, say).
                if (!string.IsNullOrEmpty(destination.Host))
                {
                    Add(names, new HostString(destination.Host).Host);
                }
            }
        }

        var rebuilt = new UpstreamHosts([.. models], names.ToFrozenSet(StringComparer.Ordinal));
        _upstream = rebuilt;
        return rebuilt.Names;
    }

    private static string ListenHost(string url)
    {
        try
        {
            return BindingAddress.Parse(url).Host;
        }
        catch (FormatException)
        {
            // Kestrel refuses the address itself at start; here it simply names nothing.
            return "";
        }
    }

    private static void Add(HashSet<string> names, string? host)
    {
        // Wildcard bindings (0.0.0.0, [::]; "*" and "+" are no host names at all) are interfaces, not names a client sends.
        if (HostName.Normalize(host ?? "") is { } name && name is not ("0.0.0.0" or "::"))
        {
            names.Add(name);
        }
    }

    private sealed record UpstreamHosts(ClusterModel[] Models, FrozenSet<string> Names);
}
