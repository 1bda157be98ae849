using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PrivacyProxy.Cli;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Policy;

namespace PrivacyProxy.EndToEndTests.Auditing;

/// <summary>The audit's start: a store that cannot be opened, bad options, the audit turned off.</summary>
public sealed class AuditStartupTests
{
    private const string Password = "pp-audit-db-password-7Qx2";

    // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
    private static readonly string Unreachable = $"Host=127.0.0.1;Port=9;Username=privacyproxy;Password={Password};Timeout=5";

    [Fact]
    public async Task PostgresUnreachable_Required_StartRefusedNamingTheStoreNotThePassword()
    {
        var settings = new Dictionary<string, string?>
        {
            ["PrivacyProxy:Audit:Store"] = "postgres",
            ["ConnectionStrings:Audit"] = Unreachable,
        };
        await using var app = ProxyTestHost.Build(new Uri("http://127.0.0.1:9/"), settings, null, "http://127.0.0.1:0", out string data);

        var start = () => app.StartAsync();

        var error = (await start.Should().ThrowAsync<InvalidOperationException>()).Which;
        string line = StartRefusal.Describe(error);
        line.Should().Contain("postgres audit store").And.Contain("PrivacyProxy:Audit:Required=false");
        line.Should().NotContain(Password);
        error.ToString().Should().NotContain(Password);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task PostgresUnreachable_NotRequired_ServesAndCountsDrops()
    {
        await using var proxy = await AuditedProxy.StartAsync(new Dictionary<string, string?>
        {
            ["PrivacyProxy:Audit:Store"] = "postgres",
            ["PrivacyProxy:Audit:Required"] = "false",
            ["ConnectionStrings:Audit"] = Unreachable,
        });

        var sent = await proxy.PostAsync(PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "hello"), AuditedProxy.RedactKey);

        sent.Status.Should().Be(200);
        proxy.Services.GetRequiredService<PrivacyProxy.Auditing.AuditSink>().Dropped.Should().Be(1);
        proxy.Logs.Entries.Should().Contain(e => e.Contains("Audit store postgres could not be opened", StringComparison.Ordinal));
        proxy.Logs.Entries.Should().Contain(e => e.Contains("Audit events dropped: 1 (StoreFailed", StringComparison.Ordinal));
        string.Join('\n', proxy.Logs.Entries).Should().NotContain(Password);
    }

    [Theory]
    [InlineData("PrivacyProxy:Audit:Store", "mongo", "PrivacyProxy:Audit:Store")]
    [InlineData("PrivacyProxy:Audit:Store", "postgres", "ConnectionStrings:Audit")]
    [InlineData("PrivacyProxy:Audit:RetentionDays", "0", "PrivacyProxy:Audit:RetentionDays")]
    [InlineData("PrivacyProxy:Audit:QueueCapacity", "0", "PrivacyProxy:Audit:QueueCapacity")]
    [InlineData("PrivacyProxy:Audit:BatchSize", "0", "PrivacyProxy:Audit:BatchSize")]
    [InlineData("PrivacyProxy:Audit:FingerprintKey", "not*base64*key-material", "PrivacyProxy:Audit:FingerprintKey")]
    [InlineData("PrivacyProxy:Audit:FingerprintKey", "c2hvcnQta2V5", "PrivacyProxy:Audit:FingerprintKey")]
    [InlineData("PrivacyProxy:Audit:PreviousFingerprintKeys:0", "c2hvcnQta2V5", "PrivacyProxy:Audit:PreviousFingerprintKeys:0")]
    public async Task InvalidOption_StartRefusedNamingTheKey(string key, string value, string named)
    {
        await using var app = ProxyTestHost.Build(
            new Uri("http://127.0.0.1:9/"), new Dictionary<string, string?> { [key] = value }, null, "http://127.0.0.1:0", out _);

        var start = () => app.StartAsync();

        var error = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        error.Message.Should().Contain(named);
        if (key.Contains("FingerprintKey", StringComparison.Ordinal))
        {
            error.Message.Should().NotContain(value, "a key is never quoted");
        }
    }

    [Fact]
    public async Task Disabled_NoStoreAndRequestsServed()
    {
        await using var proxy = await AuditedProxy.StartAsync(new Dictionary<string, string?> { ["PrivacyProxy:Audit:Enabled"] = "false" });

        var sent = await proxy.PostAsync(PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "hello"), AuditedProxy.RedactKey);
        await proxy.StopAsync();

        sent.Status.Should().Be(200);
        File.Exists(proxy.DatabasePath).Should().BeFalse();
    }

    [Fact]
    public async Task FingerprintKeyRotated_OldEventsStillFound()
    {
        string first = Convert.ToBase64String(Enumerable.Range(1, 32).Select(static i => (byte)i).ToArray());
        string second = Convert.ToBase64String(Enumerable.Range(101, 32).Select(static i => (byte)i).ToArray());
        await using var proxy = await AuditedProxy.StartAsync(new Dictionary<string, string?> { ["PrivacyProxy:Audit:FingerprintKey"] = first });
        await proxy.PostAsync(PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("card {CARD}")), AuditedProxy.RedactKey);
        await proxy.StopAsync();

        var rotated = new Audit.FingerprintKeyRing(
            Audit.FingerprintKey.FromBase64(second, "current"), [Audit.FingerprintKey.FromBase64(first, "previous")]);
        var onlyNew = new Audit.FingerprintKeyRing(Audit.FingerprintKey.FromBase64(second, "current"));
        await using var store = new Audit.SqliteAuditStore(proxy.DatabasePath);
        var found = await store.SearchAsync(new Audit.Fingerprinter(rotated).ForSearch(Planted.Card).Hashes, 10);
        var missed = await store.SearchAsync(new Audit.Fingerprinter(onlyNew).ForSearch(Planted.Card).Hashes, 10);

        found.Should().ContainSingle();
        missed.Should().BeEmpty("the event was fingerprinted under the earlier key");
    }
}
