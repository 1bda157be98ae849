using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Detection;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Policies;

namespace PrivacyProxy.EndToEndTests.Reload;

/// <summary>
/// The proxy reports ready only after its detector is warmed up (/healthz 503 <c>starting</c> until then), and a
/// reloaded rule set is warmed before it is swapped in.
/// </summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task Healthz_WarmUpHeldOpen_Starting503ThenOk200()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var root = ReloadingProxy.CreateWorkspace(ReloadingProxy.PolicyConfig());
        var detector = new HeldDetector();
        var url = $"http://127.0.0.1:{FreePort()}";
        string data = "";
        try
        {
            await using var app = ProxyTestHost.Build(
                upstream.BaseUri, ReloadingProxy.Settings(root), null, url, out data, services => services.AddSingleton<IDetector>(detector));
            var start = app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(url + "/") };
            (await detector.Started.WaitAsync(ReloadingProxy.Deadline)).Should().BeTrue();

            var (during, duringStatus) = await HealthAsync(http);

            start.IsCompleted.Should().BeFalse("the host's start completes after the warm-up");
            during.Should().Be(HttpStatusCode.ServiceUnavailable);
            duringStatus.Should().Be("starting");

            detector.Release.Release();
            await start.WaitAsync(ReloadingProxy.Deadline);

            var (after, afterStatus) = await HealthAsync(http);
            after.Should().Be(HttpStatusCode.OK);
            afterStatus.Should().Be("ok");
        }
        finally
        {
            detector.Release.Release();
            Directory.Delete(root, recursive: true);
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Start_ShippedRules_DetectorWarmWhenReady()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig());

        var detector = proxy.Host.Services.GetRequiredService<ActiveRulesHolder>().Current.Detector;

        detector.Should().BeOfType<Detector>().Which.IsWarmedUp.Should().BeTrue();
        (await proxy.HealthAsync()).Status.Should().Be(200);
    }

    [Fact]
    public async Task Reload_RulePackAdded_NewDetectorWarmWhenSwappedIn()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig());
        var holder = proxy.Host.Services.GetRequiredService<ActiveRulesHolder>();
        var initial = holder.Current.Detector;

        proxy.WriteRulePack("tickets.json", TicketPack());
        var next = await ReloadingProxy.EventuallyAsync(() => Task.FromResult(holder.Current.Detector), d => !ReferenceEquals(d, initial), "the reloaded detector");

        next.Should().BeOfType<Detector>().Which.IsWarmedUp.Should().BeTrue("a reload warms the new rules before swapping them in");
    }

    private static async Task<(HttpStatusCode Code, string? Status)> HealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync("healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("status").GetString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string TicketPack() => JsonSerializer.Serialize(new
    {
        category = "SECRET",
        description = "Test pack written while the proxy runs.",
        rules = new[]
        {
            new
            {
                id = "test-warm-ticket",
                type = "API_KEY",
                description = "A made-up ticket token.",
                source = "the warm-up tests",
                anchors = new[] { "WTK-" },
                pattern = "WTK-[0-9]{8}",
                examples = new { match = new[] { "ticket «WTK-20481937»" }, noMatch = new[] { "WTK-12" } },
            },
        },
    });

    /// <summary>A detector whose warm-up the test holds open until it releases it.</summary>
    private sealed class HeldDetector : IDetector
    {
        public SemaphoreSlim Started { get; } = new(0);

        public SemaphoreSlim Release { get; } = new(0);

        public IReadOnlyList<Finding> Detect(string text) => [];

        public void WarmUp()
        {
            Started.Release();
            Release.Wait(ReloadingProxy.Deadline);
        }
    }
}
