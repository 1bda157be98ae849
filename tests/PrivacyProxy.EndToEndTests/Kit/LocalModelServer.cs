using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// The company's own model server (Ollama, vLLM, llama.cpp) on real Kestrel for the proxy's <c>local</c> cluster,
/// apart from the hosted <see cref="FakeUpstream"/> so a test can tell which one a request reached. It records
/// every request and answers on the paths such servers serve (<c>/v1/chat/completions</c>, <c>/v1/completions</c>,
/// <c>/v1/embeddings</c>, <c>/v1/messages</c>, <c>/api/chat</c>), echoing <see cref="Echo"/> of the last user text, so an answer that
/// came from here is recognisable; any other path gets 404.
/// </summary>
internal sealed class LocalModelServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The text the local model answers about: the caller's text, marked as the local model's.</summary>
    public static string Echo(string text) => "[local model] " + text;

    public static async Task<LocalModelServer> StartAsync()
    {
        var server = new LocalModelServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseUri = new Uri(app.Urls.First() + "/");
        return server;
    }

    public void Clear() => _requests.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value ?? ""));
            }
        }

        var recorded = new RecordedRequest(
            context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, buffer.ToArray());
        _requests.Enqueue(recorded);
        if (recorded.Body.Length == 0)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var json = JsonDocument.Parse(recorded.Body);
        var root = json.RootElement;
        string model = root.TryGetProperty("model", out var m) ? m.GetString() ?? "" : "";
        bool stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var random = new Random(7);
        switch (recorded.Path)
        {
            case "/v1/chat/completions":
                string chat = Echo(FakeAnswers.LastUserText(root));
                await (stream
                    ? WriteStreamAsync(context, FakeReplies.ChatStream(chat, model, random), random)
                    : FakeAnswers.WriteJsonAsync(context, 200, FakeReplies.ChatJson(chat, model)));
                return;
            case "/v1/completions":
                string prompt = Echo(root.GetProperty("prompt").GetString() ?? "");
                await (stream
                    ? WriteStreamAsync(context, FakeReplies.CompletionStream(prompt, model, random), random)
                    : FakeAnswers.WriteJsonAsync(context, 200, FakeReplies.CompletionJson(prompt, model)));
                return;
            case "/v1/messages":
                string message = Echo(AnthropicReplies.LastUserText(root));
                await (stream
                    ? WriteStreamAsync(context, AnthropicReplies.MessageStream(message, model, random), random)
                    : FakeAnswers.WriteJsonAsync(context, 200, AnthropicReplies.MessageJson(message, model)));
                return;
            case "/v1/embeddings":
                await FakeAnswers.WriteJsonAsync(context, 200, EmbeddingReplies.OpenAIJson(model, EmbeddingReplies.InputCount(root)));
                return;
            case "/api/chat":
                await FakeAnswers.WriteJsonAsync(context, 200, OllamaReplies.ChatJson(Echo(OllamaReplies.LastUserText(root)), model));
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }

    // Small network writes, so the proxy's stream handling sees events split as on a real connection.
    private static async Task WriteStreamAsync(HttpContext context, string sse, Random random)
    {
        context.Response.ContentType = "text/event-stream";
        await context.Response.StartAsync(context.RequestAborted);
        foreach (var write in FakeReplies.Writes(Encoding.UTF8.GetBytes(sse), random, 12))
        {
            await context.Response.Body.WriteAsync(write, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }
}
