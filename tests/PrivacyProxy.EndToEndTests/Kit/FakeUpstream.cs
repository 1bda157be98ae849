using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// A DeepSeek stand-in on real Kestrel (127.0.0.1, free port) that records every request it receives (method,
/// path, headers, body) and answers per <see cref="FakeReplies"/>. The model name steers it: <c>seed-N</c> picks
/// the chunking seed, <c>hang</c> streams one chunk then waits for the caller to go away, <c>status-429</c>
/// answers an error, <c>bench</c> uses larger chunks.
/// </summary>
internal sealed class FakeUpstream : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _aborted = new(0);
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Keep a record of each request (the load benchmark turns it off).</summary>
    public bool Record { get; set; } = true;

    public static async Task<FakeUpstream> StartAsync()
    {
        var upstream = new FakeUpstream();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(upstream.HandleAsync);
        await app.StartAsync();
        upstream._app = app;
        upstream.BaseUri = new Uri(app.Urls.First() + "/");
        return upstream;
    }

    public void Clear() => _requests.Clear();

    /// <summary>Waits until a <c>hang</c> request saw its caller disconnect; false if it did not within the deadline.</summary>
    public Task<bool> WaitForAbortAsync(TimeSpan deadline) => _aborted.WaitAsync(deadline);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _aborted.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value ?? ""));
            }
        }

        var recorded = new RecordedRequest(
            context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, body.ToArray());
        if (Record)
        {
            _requests.Enqueue(recorded);
        }

        string path = recorded.Path;
        if (HttpMethods.IsGet(recorded.Method) && path.EndsWith("/models", StringComparison.Ordinal))
        {
            await WriteJsonAsync(context, 200, """{"object":"list","data":[{"id":"deepseek-v4-flash","object":"model","owned_by":"deepseek"}]}"""u8.ToArray());
            return;
        }

        using var json = JsonDocument.Parse(recorded.Body);
        var root = json.RootElement;
        string model = root.TryGetProperty("model", out var m) ? m.GetString() ?? "" : "";
        bool stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        if (model.Contains("status-429", StringComparison.Ordinal))
        {
            await WriteJsonAsync(context, 429, """{"error":{"message":"Rate Limit Reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}"""u8.ToArray());
            return;
        }

        if (path.EndsWith("/completions", StringComparison.Ordinal) && !path.EndsWith("chat/completions", StringComparison.Ordinal))
        {
            string prompt = root.GetProperty("prompt").GetString() ?? "";
            await WriteJsonAsync(context, 200, FakeReplies.CompletionJson(prompt, model));
            return;
        }

        string text = LastUserText(root);
        if (model.Contains("hang", StringComparison.Ordinal))
        {
            await HangAsync(context, text, model);
        }
        else if (stream)
        {
            await StreamAsync(context, text, model);
        }
        else
        {
            await WriteJsonAsync(context, 200, FakeReplies.ChatJson(text, model));
        }
    }

    private static async Task StreamAsync(HttpContext context, string text, string model)
    {
        bool bench = model.Contains("bench", StringComparison.Ordinal);
        var random = new Random(Seed(model));
        byte[] sse = Encoding.UTF8.GetBytes(FakeReplies.ChatStream(text, model, random, bench ? 48 : 6));
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.StartAsync(context.RequestAborted);
        foreach (var write in FakeReplies.Writes(sse, random, bench ? 512 : 12))
        {
            await context.Response.Body.WriteAsync(write, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    private async Task HangAsync(HttpContext context, string text, string model)
    {
        context.Response.ContentType = "text/event-stream";
        string sse = FakeReplies.ChatStream(text, model, new Random(1));
        int firstEvent = sse.IndexOf("\n\ndata: ", sse.IndexOf("data: ", StringComparison.Ordinal), StringComparison.Ordinal) + 2;
        await context.Response.WriteAsync(sse[..firstEvent], context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            _aborted.Release();
        }
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static int Seed(string model)
    {
        int at = model.IndexOf("seed-", StringComparison.Ordinal);
        return at >= 0 && int.TryParse(model.AsSpan(at + 5), out int seed) ? seed : 1;
    }

    private static string LastUserText(JsonElement root)
    {
        string text = "";
        foreach (var message in root.GetProperty("messages").EnumerateArray())
        {
            if (message.GetProperty("role").GetString() != "user")
            {
                continue;
            }

            var content = message.GetProperty("content");
            if (content.ValueKind == JsonValueKind.String)
            {
                text = content.GetString() ?? "";
                continue;
            }

            var parts = new StringBuilder();
            foreach (var part in content.EnumerateArray())
            {
                if (part.TryGetProperty("text", out var partText))
                {
                    parts.Append(partText.GetString());
                }
            }

            text = parts.ToString();
        }

        return text;
    }
}
