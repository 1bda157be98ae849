using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Policy;

namespace PrivacyProxy.EndToEndTests.Auditing;

/// <summary>A store slower than the traffic: requests are still answered, and every lost event is counted and logged.</summary>
public sealed partial class AuditQueueTests
{
    [Fact]
    public async Task QueueFull_RequestsAnsweredAndEveryEventWrittenOrCountedAsDropped()
    {
        const int Requests = 8;
        var store = new GatedAuditStore();
        await using var proxy = await AuditedProxy.StartAsync(
            new Dictionary<string, string?>
            {
                ["PrivacyProxy:Audit:QueueCapacity"] = "2",
                ["PrivacyProxy:Audit:BatchSize"] = "1",
            },
            services => services.AddSingleton<IAuditStore>(store));

        for (int i = 0; i < Requests; i++)
        {
            var sent = await proxy.PostAsync(PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("mail {MAIL}")), AuditedProxy.RedactKey);
            sent.Status.Should().Be(200, "a full audit queue never holds up a request");
        }

        store.Release();
        await proxy.StopAsync();

        long dropped = proxy.Services.GetRequiredService<PrivacyProxy.Auditing.AuditSink>().Dropped;
        dropped.Should().BeGreaterThanOrEqualTo(Requests - 3, "one batch in the writer and two queued fit; the rest overflow");
        (store.Written.Count + dropped).Should().Be(Requests, "an event is either written or counted, never lost silently");
        LoggedDrops(proxy.Logs.Entries, "QueueFull").Should().Be(dropped, "every drop is logged as a count");
    }

    [Fact]
    public async Task StopWithQueuedEvents_DrainsThemAll()
    {
        await using var proxy = await AuditedProxy.StartAsync(new Dictionary<string, string?>
        {
            // A long flush window: the events are still waiting in the writer's batch when the stop comes.
            ["PrivacyProxy:Audit:FlushInterval"] = "00:01:00",
        });
        for (int i = 0; i < 5; i++)
        {
            await proxy.PostAsync(PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "hello"), AuditedProxy.RedactKey);
        }

        await proxy.StopAsync();

        (await proxy.ReadEventsAsync()).Should().HaveCount(5);
    }

    private static long LoggedDrops(IReadOnlyList<string> entries, string reason)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            var match = DropLine().Match(entry);
            if (match.Success && match.Groups["reason"].Value == reason)
            {
                total += long.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    [GeneratedRegex(@"Audit events dropped: (?<count>\d+) \((?<reason>\w+),")]
    private static partial Regex DropLine();
}
