using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// The fake upstream's answers, picked by path (chat and FIM, Anthropic messages and count_tokens, Responses,
/// embeddings, file uploads, the Ollama native API) and steered by the model name: <c>seed-N</c> picks the chunking seed,
/// <c>status-429</c> answers a rate-limit error in the path's own format, <c>bench</c> uses larger chunks.
/// </summary>
internal static class FakeAnswers
{
    /// <summary>True for a chat request whose model asks the upstream to hang mid-stream.</summary>
    public static bool HangRequested(RecordedRequest recorded, out string text, out string model)
    {
        text = model = "";
        if (!recorded.Path.EndsWith("chat/completions", StringComparison.Ordinal))
        {
            return false;
        }

        var root = recorded.Json;
        model = root.TryGetProperty("model", out var m) ? m.GetString() ?? "" : "";
        if (!model.Contains("hang", StringComparison.Ordinal))
        {
            return false;
        }

        text = LastUserText(root);
        return true;
    }

    public static async Task AnswerAsync(HttpContext context, RecordedRequest recorded)
    {
        string path = recorded.Path;
        if (path == "/")
        {
            // Ollama's liveness answer (its CLI sends HEAD / before working).
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(HttpMethods.IsHead(recorded.Method) ? "" : "Ollama is running", context.RequestAborted);
            return;
        }

        if (HttpMethods.IsGet(recorded.Method))
        {
            await WriteJsonAsync(context, 200, path switch
            {
                "/api/tags" => OllamaReplies.TagsJson(),
                "/api/version" => OllamaReplies.VersionJson(),
                "/api/ps" => OllamaReplies.PsJson(),
                _ => """{"object":"list","data":[{"id":"deepseek-v4-flash","object":"model","owned_by":"deepseek"}]}"""u8.ToArray(),
            });
            return;
        }

        if (path is "/files" or "/anthropic/v1/files")
        {
            var (fileName, mimeType, bytes, purpose) = await FileReplies.ReadUploadAsync(context.Request.ContentType!, recorded.Body);
            await WriteJsonAsync(context, 200, path == "/files"
                ? FileReplies.OpenAIFileJson(fileName, bytes, purpose)
                : FileReplies.AnthropicFileJson(fileName, bytes, mimeType));
            return;
        }

        using var json = JsonDocument.Parse(recorded.Body);
        var root = json.RootElement;
        string model = root.TryGetProperty("model", out var m) ? m.GetString() ?? "" : "";
        bool stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var random = new Random(Seed(model));
        if (model.Contains("status-429", StringComparison.Ordinal))
        {
            await WriteJsonAsync(context, 429, RateLimited(path));
            return;
        }

        switch (path)
        {
            case "/anthropic/v1/messages/count_tokens":
                await WriteJsonAsync(context, 200, AnthropicReplies.CountTokensJson(AnthropicReplies.LastUserText(root).Length));
                return;
            case "/anthropic/v1/messages" or "/anthropic/messages":
                string message = AnthropicReplies.LastUserText(root);
                await (stream
                    ? WriteStreamAsync(context, "text/event-stream", AnthropicReplies.MessageStream(message, model, random), random)
                    : WriteJsonAsync(context, 200, AnthropicReplies.MessageJson(message, model)));
                return;
            case "/responses":
                string input = ResponsesReplies.LastUserText(root);
                await (stream
                    ? WriteStreamAsync(context, "text/event-stream; charset=utf-8", ResponsesReplies.ResponseStream(input, model, random), random)
                    : WriteJsonAsync(context, 200, ResponsesReplies.ResponseJson(input, model)));
                return;
            case "/v1/embeddings":
                await WriteJsonAsync(context, 200, EmbeddingReplies.OpenAIJson(model, EmbeddingReplies.InputCount(root)));
                return;
            case "/api/chat":
                // Ollama streams unless told not to.
                bool chatStreams = !root.TryGetProperty("stream", out var cs) || cs.ValueKind != JsonValueKind.False;
                string chat = OllamaReplies.LastUserText(root);
                await (chatStreams
                    ? WriteStreamAsync(context, "application/x-ndjson", OllamaReplies.ChatStream(chat, model, random), random)
                    : WriteJsonAsync(context, 200, OllamaReplies.ChatJson(chat, model)));
                return;
            case "/api/generate":
                bool generateStreams = !root.TryGetProperty("stream", out var gs) || gs.ValueKind != JsonValueKind.False;
                string prompt = root.GetProperty("prompt").GetString() ?? "";
                await (generateStreams
                    ? WriteStreamAsync(context, "application/x-ndjson", OllamaReplies.GenerateStream(prompt, model, random), random)
                    : WriteJsonAsync(context, 200, OllamaReplies.GenerateJson(prompt, model)));
                return;
            case "/api/embed":
                await WriteJsonAsync(context, 200, OllamaReplies.EmbedJson(model, OllamaReplies.InputCount(root)));
                return;
            case "/api/embeddings":
                await WriteJsonAsync(context, 200, OllamaReplies.LegacyEmbeddingJson());
                return;
            case "/api/show":
                await WriteJsonAsync(context, 200, OllamaReplies.ShowJson());
                return;
            case "/beta/completions":
                string fim = root.GetProperty("prompt").GetString() ?? "";
                await (stream
                    ? WriteStreamAsync(context, "text/event-stream", FakeReplies.CompletionStream(fim, model, random), random)
                    : WriteJsonAsync(context, 200, FakeReplies.CompletionJson(fim, model)));
                return;
        }

        string text = LastUserText(root);
        if (stream)
        {
            await ChatStreamAsync(context, text, model);
        }
        else
        {
            await WriteJsonAsync(context, 200, FakeReplies.ChatJson(text, model));
        }
    }

    private static byte[] RateLimited(string path) => path switch
    {
        _ when path.StartsWith("/anthropic/", StringComparison.Ordinal) =>
            """{"type":"error","error":{"type":"rate_limit_error","message":"Rate Limit Reached"}}"""u8.ToArray(),
        _ when path.StartsWith("/api/", StringComparison.Ordinal) => """{"error":"Rate Limit Reached"}"""u8.ToArray(),
        _ => """{"error":{"message":"Rate Limit Reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}"""u8.ToArray(),
    };

    /// <summary>Writes a stream body in network writes of 1-12 bytes, flushing each.</summary>
    private static async Task WriteStreamAsync(HttpContext context, string contentType, string body, Random random)
    {
        context.Response.ContentType = contentType;
        await context.Response.StartAsync(context.RequestAborted);
        foreach (var write in FakeReplies.Writes(Encoding.UTF8.GetBytes(body), random, 12))
        {
            await context.Response.Body.WriteAsync(write, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    private static async Task ChatStreamAsync(HttpContext context, string text, string model)
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

    public static async Task WriteJsonAsync(HttpContext context, int status, byte[] body)
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

    public static string LastUserText(JsonElement root)
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
