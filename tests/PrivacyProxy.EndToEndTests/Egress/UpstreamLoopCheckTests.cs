using System.Net;
using System.Net.Sockets;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// <see cref="PrivacyProxy.Egress.UpstreamLoopCheck"/>: a hosted destination that resolves to the proxy's own
/// listening endpoint (the egress DNS override applied to the proxy's host too) is reported at start, once, naming
/// the cluster; a destination elsewhere is not.
/// </summary>
public sealed class UpstreamLoopCheckTests
{
    [Fact]
    public async Task Start_HostedDestinationIsTheProxyItself_Warned()
    {
        int port = FreePort();
        var logs = new CapturingLoggerProvider();
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await ProxyTestHost.StartAsync(
            upstream.BaseUri,
            new Dictionary<string, string?> { ["ReverseProxy:Clusters:hosted:Destinations:primary:Address"] = $"http://localhost:{port}/" },
            logs,
            $"http://127.0.0.1:{port}");

        var warnings = await WaitForAsync(logs, entry => entry.Contains("requests would loop", StringComparison.Ordinal));

        warnings.Should().ContainSingle().Which.Should().Contain("Cluster hosted destination primary", "the local cluster points elsewhere");
    }

    private static async Task<List<string>> WaitForAsync(CapturingLoggerProvider logs, Func<string, bool> match)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!logs.Entries.Any(match) && !deadline.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
        }

        // The local cluster's check runs in the same pass; give it the time to (wrongly) warn too.
        await Task.Delay(500, CancellationToken.None);
        return logs.Entries.Where(match).ToList();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
