using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Reload;

/// <summary>
/// A proxy whose rules are a temp copy of <c>rules/</c> and whose policies live in a temp
/// <c>PrivacyProxy:ConfigFile</c>, so a test can edit both while it runs; with a fake upstream and a client.
/// </summary>
internal sealed class ReloadingProxy : IAsyncDisposable
{
    /// <summary>
    /// How long a change may take to show. A rule pack edit recompiles every rule (seconds alone, far more on two
    /// cores shared with other test hosts); only a failing test waits this long.
    /// </summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private readonly string _root;

    private ReloadingProxy(string root, FakeUpstream upstream, ProxyTestHost host)
    {
        _root = root;
        Upstream = upstream;
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseUri };
    }

    public FakeUpstream Upstream { get; }

    public ProxyTestHost Host { get; }

    public HttpClient Http { get; }

    public string RulesDirectory => Path.Combine(_root, "rules");

    public string ConfigFile => Path.Combine(_root, ConfigFileName);

    public static string ConfigFileName => "policies.json";

    /// <summary>Starts with the shipped rules and <paramref name="configJson"/> as the config file.</summary>
    public static async Task<ReloadingProxy> StartAsync(string configJson, ILoggerProvider? logger = null)
    {
        var root = CreateWorkspace(configJson);
        var upstream = await FakeUpstream.StartAsync();
        try
        {
            var host = await ProxyTestHost.StartAsync(upstream.BaseUri, Settings(root), logger);
            return new ReloadingProxy(root, upstream, host);
        }
        catch
        {
            await upstream.DisposeAsync();
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    /// <summary>A temp folder with a copy of the shipped rules and the config file.</summary>
    public static string CreateWorkspace(string configJson)
    {
        var root = Path.Combine(Path.GetTempPath(), "privacyproxy-reload-" + Guid.NewGuid().ToString("N"));
        Copy(PrivacyProxy.Detection.Detector.DefaultRulesDirectory, Path.Combine(root, "rules"));
        File.WriteAllText(Path.Combine(root, ConfigFileName), configJson);
        return root;
    }

    /// <summary>The settings that point a proxy at a workspace's rules and config file.</summary>
    public static Dictionary<string, string?> Settings(string root) => new()
    {
        ["PrivacyProxy:RulesDirectory"] = Path.Combine(root, "rules"),
        ["PrivacyProxy:ConfigFile"] = Path.Combine(root, ConfigFileName),
    };

    /// <summary>A config file with the default policy's <paramref name="actions"/> (CATEGORY or TYPE to action).</summary>
    public static string PolicyConfig(params (string Key, string Action)[] actions) => JsonSerializer.Serialize(new
    {
        PrivacyProxy = new
        {
            Policies = new Dictionary<string, object>
            {
                ["default"] = new { Actions = actions.ToDictionary(a => a.Key, a => a.Action) },
            },
        },
    });

    /// <summary>Rewrites the config file in place, as an editor or <c>kubectl cp</c> does.</summary>
    public void WriteConfig(string json) => File.WriteAllText(ConfigFile, json);

    /// <summary>Writes (or replaces) a rule pack in the rules directory.</summary>
    public void WriteRulePack(string fileName, string json) => File.WriteAllText(Path.Combine(RulesDirectory, fileName), json);

    /// <summary>A non-streaming chat request with <paramref name="text"/> as the user message.</summary>
    public Task<HttpResponseMessage> ChatAsync(string text)
    {
        var body = JsonSerializer.Serialize(new { model = FakeReplies.DefaultModel, messages = new[] { new { role = "user", content = text } } });
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return Http.SendAsync(request);
    }

    /// <summary>The status code and body of <c>GET /healthz</c>.</summary>
    public async Task<(int Status, JsonElement Body)> HealthAsync()
    {
        using var response = await Http.GetAsync("healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>Polls /healthz until its status is <paramref name="status"/>; the last answer, or a failure naming what it saw.</summary>
    public Task<JsonElement> HealthIsAsync(string status) => EventuallyAsync(
        async () => (await HealthAsync()).Body,
        body => body.GetProperty("status").GetString() == status,
        $"/healthz status {status}");

    /// <summary>
    /// Runs <paramref name="probe"/> until <paramref name="done"/> holds or <see cref="Deadline"/> passes (a reload
    /// is asynchronous: no fixed sleep says when it is done).
    /// </summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            var result = await probe();
            if (done(result))
            {
                return result;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Not reached within {Deadline.TotalSeconds} s: {what}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Upstream.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
