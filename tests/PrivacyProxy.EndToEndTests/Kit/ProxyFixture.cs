using System.ClientModel;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Anthropic;
using OllamaSharp;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;
using OpenAI.Responses;

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

    /// <summary>POSTs <paramref name="body"/> (serialized unless it is a string) as <c>application/json</c>.</summary>
    internal async Task<HttpResponseMessage> PostJsonAsync(string path, object body, Action<HttpRequestMessage>? configure = null)
    {
        using var client = Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        configure?.Invoke(request);
        return await client.SendAsync(request);
    }

    /// <summary>The official Anthropic SDK pointed at the proxy's <c>/anthropic</c> (as Claude Code's ANTHROPIC_BASE_URL).</summary>
    internal AnthropicClient Anthropic(string key = CallerKey) => new()
    {
        BaseUrl = new Uri(Proxy.BaseUri, "anthropic").ToString(),
        ApiKey = key,
        MaxRetries = 0,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>OllamaSharp pointed at the proxy (as OLLAMA_HOST).</summary>
    internal OllamaApiClient Ollama() => new(Proxy.BaseUri, OllamaReplies.Model);

    /// <summary>The official OpenAI SDK's Responses client pointed at the proxy's <c>/v1</c> (as Codex).</summary>
    internal ResponsesClient Responses(string key = CallerKey) =>
        new(new ApiKeyCredential(key), new ResponsesClientOptions
        {
            Endpoint = new Uri(Proxy.BaseUri, "v1"),
            NetworkTimeout = TimeSpan.FromSeconds(60),
        });

    /// <summary>The official OpenAI SDK's embeddings client pointed at the proxy's <c>/v1</c>.</summary>
    internal EmbeddingClient Embeddings(string model = "text-embedding-3-small", string key = CallerKey) =>
        new(model, new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(Proxy.BaseUri, "v1"),
            NetworkTimeout = TimeSpan.FromSeconds(60),
        });

    /// <summary>The official OpenAI SDK pointed at the proxy's <c>/v1</c>.</summary>
    internal ChatClient Chat(string model = FakeReplies.DefaultModel, string key = CallerKey) =>
        new(model, new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(Proxy.BaseUri, "v1"),
            NetworkTimeout = TimeSpan.FromSeconds(60),
        });
}
