using System.Net.Http.Headers;
using OpenAI;
using OpenAI.Chat;
using System.ClientModel;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// One fake upstream and one proxy shared by a test class (tests in a class run one at a time, so each test may
/// clear the upstream's record). Override <see cref="Settings"/> for a differently configured proxy.
/// </summary>
public class ProxyFixture : IAsyncLifetime
{
    public const string UpstreamKey = "sk-upstream-fixture-0000000000000001";
    public const string CallerKey = "sk-caller-own-key-0000000000000002";

    internal FakeUpstream Upstream { get; private set; } = null!;

    internal ProxyTestHost Proxy { get; private set; } = null!;

    internal CapturingLoggerProvider Logs { get; } = new();

    internal virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PrivacyProxy:Upstream:ApiKey"] = UpstreamKey,
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Yarp"] = "Trace",
    };

    public async Task InitializeAsync()
    {
        Upstream = await FakeUpstream.StartAsync();
        Proxy = await ProxyTestHost.StartAsync(Upstream.BaseUri, Settings, Logs);
    }

    public async Task DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Upstream.DisposeAsync();
    }

    /// <summary>An HTTP client for the proxy.</summary>
    internal HttpClient Http(string? bearer = CallerKey)
    {
        var client = new HttpClient { BaseAddress = Proxy.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>The official OpenAI SDK pointed at the proxy's <c>/v1</c>.</summary>
    internal ChatClient Chat(string model = FakeReplies.DefaultModel, string key = CallerKey) =>
        new(model, new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(Proxy.BaseUri, "v1"),
            NetworkTimeout = TimeSpan.FromSeconds(60),
        });
}
