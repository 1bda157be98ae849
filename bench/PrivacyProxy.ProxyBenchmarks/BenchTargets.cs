using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.ProxyBenchmarks;

/// <summary>The fake upstream, plain YARP in front of it, and PrivacyProxy in front of it, all on 127.0.0.1.</summary>
internal sealed class BenchTargets : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("privacyproxy-bench-").FullName;

    public List<(string Name, HttpClient Client)> Clients { get; } = [];

    public static async Task<BenchTargets> StartAsync()
    {
        var targets = new BenchTargets();
        var upstream = await FakeUpstream.StartAsync();
        upstream.Record = false;
        targets._owned.Add(upstream);

        var yarp = await PassThroughProxy.StartAsync(upstream.BaseUri);
        targets._owned.Add(yarp);

        // The default set-up (audit trail on, SQLite) and the same proxy with the audit off: the audit's cost.
        var proxy = await targets.StartProxyAsync(upstream.BaseUri, "audited", auditEnabled: true);
        var unaudited = await targets.StartProxyAsync(upstream.BaseUri, "unaudited", auditEnabled: false);

        targets.Add("direct", upstream.BaseUri);
        targets.Add("yarp", new Uri(yarp.Urls.First() + "/"));
        targets.Add("privacyproxy", new Uri(proxy.Urls.First() + "/"));
        targets.Add("privacyproxy-no-audit", new Uri(unaudited.Urls.First() + "/"));
        return targets;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, client) in Clients)
        {
            client.Dispose();
        }

        for (int i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task<WebApplication> StartProxyAsync(Uri upstream, string name, bool auditEnabled)
    {
        var proxy = ProxyApplication.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ReverseProxy:Clusters:hosted:Destinations:primary:Address"] = upstream.ToString(),
                ["PrivacyProxy:DataDirectory"] = Path.Combine(_dataDirectory, name),
                ["PrivacyProxy:Upstream:ApiKey"] = "sk-bench-upstream-0000000000000001",
                ["PrivacyProxy:Audit:Enabled"] = auditEnabled ? "true" : "false",
            });
            builder.Logging.ClearProviders();
        });
        await proxy.StartAsync();
        _owned.Add(proxy);
        return proxy;
    }

    private void Add(string name, Uri baseUri)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseCookies = false };
        Clients.Add((name, new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) }));
    }
}
