using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Yarp.ReverseProxy;

namespace PrivacyProxy.Egress;

/// <summary>
/// Warns, once the proxy listens, when an upstream destination resolves to the proxy's own listening endpoint: when
/// the egress DNS override of <c>api.deepseek.com</c> also applies to the proxy's host, every request would come back
/// to the proxy instead of reaching DeepSeek. Resolution runs in the background, so a slow resolver never delays the start.
/// </summary>
internal sealed partial class UpstreamLoopCheck(IServer server, IProxyStateLookup proxy, ILogger<UpstreamLoopCheck> logger)
    : IHostedLifecycleService
{
    private static readonly Dictionary<string, Yarp.ReverseProxy.Configuration.DestinationConfig> Empty = [];

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var listening = Listening();
        _ = Task.Run(() => CheckAsync(listening), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CheckAsync(List<(IPAddress? Address, int Port)> listening)
    {
        foreach (var cluster in proxy.GetClusters())
        {
            foreach (var (id, destination) in cluster.Model.Config.Destinations ?? Empty)
            {
                if (!Uri.TryCreate(destination.Address, UriKind.Absolute, out var address))
                {
                    continue;
                }

                IPAddress[] resolved;
                try
                {
                    resolved = await Dns.GetHostAddressesAsync(address.DnsSafeHost);
                }
                catch (SocketException)
                {
                    // Unresolvable now says nothing about a loop; forwarding reports its own errors.
                    continue;
                }

                if (resolved.Any(a => listening.Any(l => l.Port == address.Port && (l.Address is null ? IsLocal(a) : Same(l.Address, a)))))
                {
                    LogLoop(logger, cluster.ClusterId, id);
                }
            }
        }
    }

    /// <summary>The bound endpoints; a null address stands for every interface.</summary>
    private List<(IPAddress? Address, int Port)> Listening()
    {
        var endpoints = new List<(IPAddress?, int)>();
        foreach (string url in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            var binding = BindingAddress.Parse(url);
            if (binding.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            {
                endpoints.Add((IPAddress.Loopback, binding.Port));
                endpoints.Add((IPAddress.IPv6Loopback, binding.Port));
            }
            else
            {
                endpoints.Add((IPAddress.TryParse(binding.Host.Trim('[', ']'), out var ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any) ? ip : null, binding.Port));
            }
        }

        return endpoints;
    }

    private static bool Same(IPAddress a, IPAddress b) => HostName.Of(a) == HostName.Of(b);

    private static bool IsLocal(IPAddress address) =>
        IPAddress.IsLoopback(address) ||
        NetworkInterface.GetAllNetworkInterfaces().Any(n => n.GetIPProperties().UnicastAddresses.Any(u => Same(u.Address, address)));

    [LoggerMessage(1, LogLevel.Warning, "Cluster {ClusterId} destination {DestinationId} resolves to this proxy's own listening endpoint: requests would loop back to the proxy. Exempt the upstream's name from the egress DNS override on the proxy's host, or give the destination an address that reaches the upstream")]
    private static partial void LogLoop(ILogger logger, string clusterId, string destinationId);
}
