using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Auditing;

/// <summary>
/// A proxy whose lifetime the test controls: started on real Kestrel with a hosted fake upstream and a separate
/// local model server, stopped (which drains the audit queue) before the SQLite store it wrote is read back.
/// Teams: <c>redact</c> (the default policy), <c>block</c> (secrets blocked), <c>local</c> (government ids kept local).
/// </summary>
internal sealed class AuditedProxy : IAsyncDisposable
{
    public const string RedactKey = "pp-audit-redact-client-key-000001";
    public const string BlockKey = "pp-audit-block-client-key-0000002";
    public const string LocalKey = "pp-audit-local-client-key-0000003";
    public const string LocalChatModel = "deepseek-local:32b";

    private readonly WebApplication _app;
    private bool _stopped;

    private AuditedProxy(WebApplication app, string dataDirectory, FakeUpstream upstream, LocalModelServer local, CapturingLoggerProvider logs)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Upstream = upstream;
        Local = local;
        Logs = logs;
        BaseUri = new Uri(app.Urls.First() + "/");
    }

    public Uri BaseUri { get; }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "audit.db");

    public FakeUpstream Upstream { get; }

    public LocalModelServer Local { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The team settings above, then <paramref name="settings"/>.</summary>
    public static async Task<AuditedProxy> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var upstream = await FakeUpstream.StartAsync();
        var local = await LocalModelServer.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:local:Destinations:primary:Address"] = local.BaseUri.ToString(),
            ["PrivacyProxy:Upstream:ApiKey"] = ProxyFixture.UpstreamKey,
            ["PrivacyProxy:ClientKeys:0:Id"] = "redact-caller",
            ["PrivacyProxy:ClientKeys:0:Key"] = RedactKey,
            ["PrivacyProxy:ClientKeys:0:Team"] = "team-redact",
            ["PrivacyProxy:ClientKeys:1:Id"] = "block-caller",
            ["PrivacyProxy:ClientKeys:1:Key"] = BlockKey,
            ["PrivacyProxy:ClientKeys:1:Team"] = "team-block",
            ["PrivacyProxy:ClientKeys:2:Id"] = "local-caller",
            ["PrivacyProxy:ClientKeys:2:Key"] = LocalKey,
            ["PrivacyProxy:ClientKeys:2:Team"] = "team-local",
            ["PrivacyProxy:Policies:block-secrets:Actions:SECRET"] = "block",
            ["PrivacyProxy:Policies:keep-ids-local:Actions:GOV_ID"] = "route-local",
            ["PrivacyProxy:Teams:team-block:Policy"] = "block-secrets",
            ["PrivacyProxy:Teams:team-local:Policy"] = "keep-ids-local",
            ["PrivacyProxy:Teams:team-redact:ShadowPolicy"] = "block-secrets",
            [$"PrivacyProxy:LocalModels:{FakeReplies.DefaultModel}"] = LocalChatModel,
            ["Logging:LogLevel:Default"] = "Trace",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var app = ProxyTestHost.Build(upstream.BaseUri, all, logs, "http://127.0.0.1:0", out string data, services);
        await app.StartAsync();
        return new AuditedProxy(app, data, upstream, local, logs);
    }

    /// <summary>POSTs <paramref name="body"/> as JSON with the client key <paramref name="key"/> (none when null).</summary>
    public async Task<SentRequest> PostAsync(string path, string body, string? key)
    {
        using var client = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content);
        byte[] answer = await response.Content.ReadAsByteArrayAsync();
        string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
        return new SentRequest(
            path, (int)response.StatusCode, Encoding.UTF8.GetByteCount(body), answer.Length,
            Header("X-PrivacyProxy-Policy"), Header("X-PrivacyProxy-Action"));
    }

    /// <summary>Stops the proxy gracefully: the server first, then the audit writer drains its queue.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
        }
    }

    /// <summary>Every event in the SQLite store the proxy wrote, oldest first (stop the proxy first).</summary>
    public async Task<IReadOnlyList<AuditEvent>> ReadEventsAsync()
    {
        await using var store = new SqliteAuditStore(DatabasePath);
        var events = new List<AuditEvent>();
        var filter = new AuditEventFilter(new AuditPeriod(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1)));
        AuditCursor? after = null;
        do
        {
            var page = await store.EventsAsync(filter, AuditQueryLimits.MaxPageSize, after);
            events.AddRange(page.Events.Select(static e => e.Event));
            after = page.Next;
        }
        while (after is not null);

        events.Reverse();
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        await Upstream.DisposeAsync();
        await Local.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

/// <summary>One request a test sent: its path, status, the body sizes on the wire and the decision headers answered.</summary>
internal sealed record SentRequest(string Path, int Status, long BytesIn, long BytesOut, string? Policy, string? Action);
