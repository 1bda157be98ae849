using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// A DeepSeek stand-in on real Kestrel (127.0.0.1, free port) that records every request it receives (method,
/// path, headers, body) and answers per <see cref="FakeAnswers"/> (the proxy's <c>local</c> cluster points here
/// too). A chat model named <c>hang</c> streams one chunk, then waits for the caller to go away.
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

        if (FakeAnswers.HangRequested(recorded, out string text, out string model))
        {
            await HangAsync(context, text, model);
            return;
        }

        await FakeAnswers.AnswerAsync(context, recorded);
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
}
