using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// What the fake upstream answers for a given last user message: a DeepSeek-shaped completion whose content,
/// reasoning_content and tool-call arguments echo the message. Tests compute the expected reply by calling the
/// same builders with the original (unscrubbed) text.
/// </summary>
internal static class FakeReplies
{
    public const string ToolCallId = "call_00_echo";
    public const string ToolName = "echo";
    public const string DefaultModel = "deepseek-v4-flash";

    public static string Content(string text) => "You said: " + text;

    public static string Reasoning(string text) => "The user wrote: " + text;

    public static string Arguments(string text) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("text", text);
        w.WriteEndObject();
    });

    public static string Completion(string prompt) => "Completed: " + prompt;

    /// <summary>The non-streamed chat completion, byte for byte.</summary>
    public static byte[] ChatJson(string text, string model) => Encoding.UTF8.GetBytes(JsonText.Write(w =>
    {
        w.WriteStartObject();
        Envelope(w, "chat.completion", model);
        w.WriteStartArray("choices");
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        w.WriteStartObject("message");
        w.WriteString("role", "assistant");
        w.WriteString("content", Content(text));
        w.WriteString("reasoning_content", Reasoning(text));
        w.WriteStartArray("tool_calls");
        w.WriteStartObject();
        w.WriteString("id", ToolCallId);
        w.WriteString("type", "function");
        w.WriteStartObject("function");
        w.WriteString("name", ToolName);
        w.WriteString("arguments", Arguments(text));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteNull("logprobs");
        w.WriteString("finish_reason", "tool_calls");
        w.WriteEndObject();
        w.WriteEndArray();
        Usage(w);
        w.WriteEndObject();
    }));

    /// <summary>The non-streamed FIM completion.</summary>
    public static byte[] CompletionJson(string prompt, string model) => Encoding.UTF8.GetBytes(JsonText.Write(w =>
    {
        w.WriteStartObject();
        Envelope(w, "text_completion", model);
        w.WriteStartArray("choices");
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        w.WriteString("text", Completion(prompt));
        w.WriteNull("logprobs");
        w.WriteString("finish_reason", "stop");
        w.WriteEndObject();
        w.WriteEndArray();
        Usage(w);
        w.WriteEndObject();
    }));

    /// <summary>
    /// The streamed chat completion as SSE: keep-alive comments, reasoning, content and tool-call arguments in
    /// deltas of 1-6 characters (so placeholders are split), usage on the last chunk, then <c>data: [DONE]</c>.
    /// </summary>
    public static string ChatStream(string text, string model, Random random, int maxPiece = 6)
    {
        var sse = new StringBuilder();
        sse.Append(": keep-alive\n\n");
        Chunk(sse, model, w => { w.WriteString("role", "assistant"); w.WriteNull("content"); w.WriteString("reasoning_content", ""); });
        foreach (var piece in JsonText.Pieces(Reasoning(text), random, maxPiece))
        {
            Chunk(sse, model, w => { w.WriteNull("content"); w.WriteString("reasoning_content", piece); });
        }

        sse.Append(": keep-alive\n\n");
        foreach (var piece in JsonText.Pieces(Content(text), random, maxPiece))
        {
            Chunk(sse, model, w => { w.WriteString("content", piece); w.WriteNull("reasoning_content"); });
        }

        Chunk(sse, model, w => ToolCall(w, first: true, ""));
        foreach (var piece in JsonText.Pieces(Arguments(text), random, maxPiece))
        {
            Chunk(sse, model, w => ToolCall(w, first: false, piece));
        }

        Chunk(sse, model, w => { w.WriteString("content", ""); w.WriteNull("reasoning_content"); }, finish: "tool_calls");
        sse.Append("data: [DONE]\n\n");
        return sse.ToString();
    }

    /// <summary>The streamed FIM completion as SSE: <c>choices[0].text</c> in pieces, usage on the last chunk, <c>[DONE]</c>.</summary>
    public static string CompletionStream(string prompt, string model, Random random, int maxPiece = 6)
    {
        var sse = new StringBuilder();
        foreach (var piece in JsonText.Pieces(Completion(prompt), random, maxPiece))
        {
            JsonText.AppendEvent(sse, null, CompletionChunk(model, piece, finish: null));
        }

        JsonText.AppendEvent(sse, null, CompletionChunk(model, "", finish: "stop"));
        sse.Append("data: [DONE]\n\n");
        return sse.ToString();
    }

    /// <summary>Splits <paramref name="bytes"/> into network writes of 1-<paramref name="maxWrite"/> bytes.</summary>
    public static List<ReadOnlyMemory<byte>> Writes(byte[] bytes, Random random, int maxWrite)
    {
        var writes = new List<ReadOnlyMemory<byte>>();
        for (int at = 0; at < bytes.Length;)
        {
            int length = Math.Min(random.Next(1, maxWrite + 1), bytes.Length - at);
            writes.Add(bytes.AsMemory(at, length));
            at += length;
        }

        return writes;
    }

    private static void ToolCall(Utf8JsonWriter w, bool first, string arguments)
    {
        w.WriteStartArray("tool_calls");
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        if (first)
        {
            w.WriteString("id", ToolCallId);
            w.WriteString("type", "function");
        }

        w.WriteStartObject("function");
        if (first)
        {
            w.WriteString("name", ToolName);
        }

        w.WriteString("arguments", arguments);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Chunk(StringBuilder sse, string model, Action<Utf8JsonWriter> delta, string? finish = null)
    {
        sse.Append("data: ").Append(JsonText.Write(w =>
        {
            w.WriteStartObject();
            Envelope(w, "chat.completion.chunk", model);
            w.WriteStartArray("choices");
            w.WriteStartObject();
            w.WriteNumber("index", 0);
            w.WriteStartObject("delta");
            delta(w);
            w.WriteEndObject();
            w.WriteNull("logprobs");
            if (finish is null)
            {
                w.WriteNull("finish_reason");
            }
            else
            {
                w.WriteString("finish_reason", finish);
            }

            w.WriteEndObject();
            w.WriteEndArray();
            if (finish is null)
            {
                w.WriteNull("usage");
            }
            else
            {
                Usage(w);
            }

            w.WriteEndObject();
        })).Append("\n\n");
    }

    private static string CompletionChunk(string model, string text, string? finish) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        Envelope(w, "text_completion", model);
        w.WriteStartArray("choices");
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        w.WriteString("text", text);
        w.WriteNull("logprobs");
        if (finish is null)
        {
            w.WriteNull("finish_reason");
        }
        else
        {
            w.WriteString("finish_reason", finish);
        }

        w.WriteEndObject();
        w.WriteEndArray();
        if (finish is not null)
        {
            Usage(w);
        }

        w.WriteEndObject();
    });

    private static void Envelope(Utf8JsonWriter w, string kind, string model)
    {
        w.WriteString("id", "fake-0001");
        w.WriteString("object", kind);
        w.WriteNumber("created", 1_781_233_924);
        w.WriteString("model", model);
        w.WriteString("system_fingerprint", "fp_fake");
    }

    private static void Usage(Utf8JsonWriter w)
    {
        w.WriteStartObject("usage");
        w.WriteNumber("prompt_tokens", 30);
        w.WriteNumber("completion_tokens", 20);
        w.WriteNumber("total_tokens", 50);
        w.WriteNumber("prompt_cache_hit_tokens", 0);
        w.WriteNumber("prompt_cache_miss_tokens", 30);
        w.WriteEndObject();
    }
}
