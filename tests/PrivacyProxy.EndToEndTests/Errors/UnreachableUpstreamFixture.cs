using System.Net;
using System.Net.Sockets;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Errors;

/// <summary>A proxy whose hosted and local clusters point at a loopback port nothing listens on.</summary>
public sealed class UnreachableUpstreamFixture : ProxyFixture
{
    private static readonly string ClosedAddress = FindClosedAddress();

    internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PrivacyProxy:Upstream:ApiKey"] = UpstreamKey,
        ["ReverseProxy:Clusters:hosted:Destinations:primary:Address"] = ClosedAddress,
        ["ReverseProxy:Clusters:local:Destinations:primary:Address"] = ClosedAddress,
    };

    private static string FindClosedAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
