using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// What the fake upstream answers on the Ollama native routes: chat (thinking, content, a whole tool call with an
/// object argument echoing the text) and generate (thinking, response), as NDJSON lines with text in 1-6 character
/// pieces or as one object for <c>stream:false</c>; embeddings, tags, version, ps and show answers.
/// </summary>
internal static class OllamaReplies
{
    public const string Model = "deepseek-r1:8b";
    public const string ToolCallId = "call_fake_ollama";
    private const string CreatedAt = "2026-01-01T00:00:00.000Z";

    /// <summary>The <c>/api/chat</c> answer for <c>stream:false</c>.</summary>
    public static byte[] ChatJson(string text, string model) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        Envelope(w, model);
        ChatMessage(w, FakeReplies.Content(text), FakeReplies.Reasoning(text), text);
        Final(w);
        w.WriteEndObject();
    });

    /// <summary>The streamed <c>/api/chat</c> answer as NDJSON.</summary>
    public static string ChatStream(string text, string model, Random random, int maxPiece = 6)
    {
        var lines = new StringBuilder();
        foreach (var piece in JsonText.Pieces(FakeReplies.Reasoning(text), random, maxPiece))
        {
            Line(lines, model, w => ChatMessage(w, "", piece, null), final: false);
        }

        foreach (var piece in JsonText.Pieces(FakeReplies.Content(text), random, maxPiece))
        {
            Line(lines, model, w => ChatMessage(w, piece, null, null), final: false);
        }

        Line(lines, model, w => ChatMessage(w, "", null, text), final: false);
        Line(lines, model, w => ChatMessage(w, "", null, null), final: true);
        return lines.ToString();
    }

    /// <summary>The <c>/api/generate</c> answer for <c>stream:false</c>.</summary>
    public static byte[] GenerateJson(string prompt, string model) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        Envelope(w, model);
        w.WriteString("response", FakeReplies.Completion(prompt));
        w.WriteString("thinking", FakeReplies.Reasoning(prompt));
        Final(w);
        w.WriteEndObject();
    });

    /// <summary>The streamed <c>/api/generate</c> answer as NDJSON.</summary>
    public static string GenerateStream(string prompt, string model, Random random, int maxPiece = 6)
    {
        var lines = new StringBuilder();
        foreach (var piece in JsonText.Pieces(FakeReplies.Reasoning(prompt), random, maxPiece))
        {
            Line(lines, model, w => { w.WriteString("response", ""); w.WriteString("thinking", piece); }, final: false);
        }

        foreach (var piece in JsonText.Pieces(FakeReplies.Completion(prompt), random, maxPiece))
        {
            Line(lines, model, w => w.WriteString("response", piece), final: false);
        }

        Line(lines, model, w => w.WriteString("response", ""), final: true);
        return lines.ToString();
    }

    /// <summary>The <c>/api/embed</c> answer: one 3-number vector per input.</summary>
    public static byte[] EmbedJson(string model, int inputs) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        w.WriteString("model", model);
        w.WriteStartArray("embeddings");
        for (int i = 0; i < inputs; i++)
        {
            Vector(w, null, i);
        }

        w.WriteEndArray();
        w.WriteNumber("total_duration", 14_143_917);
        w.WriteNumber("prompt_eval_count", 8 * inputs);
        w.WriteEndObject();
    });

    /// <summary>The legacy <c>/api/embeddings</c> answer.</summary>
    public static byte[] LegacyEmbeddingJson() => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        Vector(w, "embedding", 0);
        w.WriteEndObject();
    });

    public static byte[] TagsJson() =>
        """{"models":[{"name":"deepseek-r1:8b","model":"deepseek-r1:8b","modified_at":"2026-01-01T00:00:00Z","size":4920753328,"digest":"28f8fd6cdc67","details":{"format":"gguf","family":"qwen3","parameter_size":"8.2B","quantization_level":"Q4_K_M"}}]}"""u8.ToArray();

    public static byte[] VersionJson() => """{"version":"0.12.10"}"""u8.ToArray();

    public static byte[] PsJson() => """{"models":[]}"""u8.ToArray();

    public static byte[] ShowJson() =>
        """{"modelfile":"FROM deepseek-r1:8b","parameters":"stop \"<|end|>\"","template":"{{ .Prompt }}","details":{"format":"gguf","family":"qwen3","parameter_size":"8.2B","quantization_level":"Q4_K_M"},"model_info":{"general.architecture":"qwen3"},"capabilities":["completion","tools","thinking"]}"""u8.ToArray();

    /// <summary>The last user message's content of a chat request.</summary>
    public static string LastUserText(JsonElement root)
    {
        string text = "";
        foreach (var message in root.GetProperty("messages").EnumerateArray())
        {
            if (message.GetProperty("role").GetString() == "user")
            {
                text = message.GetProperty("content").GetString() ?? "";
            }
        }

        return text;
    }

    /// <summary>How many inputs an embed request carries (<c>input</c> string or array, or legacy <c>prompt</c>).</summary>
    public static int InputCount(JsonElement root) =>
        root.TryGetProperty("input", out var input) && input.ValueKind == JsonValueKind.Array ? input.GetArrayLength() : 1;

    private static void ChatMessage(Utf8JsonWriter w, string content, string? thinking, string? toolText)
    {
        w.WriteStartObject("message");
        w.WriteString("role", "assistant");
        w.WriteString("content", content);
        if (thinking is not null)
        {
            w.WriteString("thinking", thinking);
        }

        if (toolText is not null)
        {
            w.WriteStartArray("tool_calls");
            w.WriteStartObject();
            w.WriteString("id", ToolCallId);
            w.WriteStartObject("function");
            w.WriteString("name", FakeReplies.ToolName);
            w.WritePropertyName("arguments");
            w.WriteRawValue(FakeReplies.Arguments(toolText));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Line(StringBuilder lines, string model, Action<Utf8JsonWriter> body, bool final)
    {
        lines.Append(JsonText.Write(w =>
        {
            w.WriteStartObject();
            Envelope(w, model);
            body(w);
            if (final)
            {
                Final(w);
            }
            else
            {
                w.WriteBoolean("done", false);
            }

            w.WriteEndObject();
        })).Append('\n');
    }

    private static void Envelope(Utf8JsonWriter w, string model)
    {
        w.WriteString("model", model);
        w.WriteString("created_at", CreatedAt);
    }

    private static void Final(Utf8JsonWriter w)
    {
        w.WriteBoolean("done", true);
        w.WriteString("done_reason", "stop");
        w.WriteNumber("total_duration", 4_883_583_458);
        w.WriteNumber("load_duration", 1_334_875);
        w.WriteNumber("prompt_eval_count", 26);
        w.WriteNumber("prompt_eval_duration", 342_546_000);
        w.WriteNumber("eval_count", 282);
        w.WriteNumber("eval_duration", 4_535_599_000);
    }

    private static void Vector(Utf8JsonWriter w, string? property, int seed)
    {
        if (property is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(property);
        }

        w.WriteNumberValue(0.010071029 + seed);
        w.WriteNumberValue(-0.0017594862);
        w.WriteNumberValue(0.05007221);
        w.WriteEndArray();
    }
}
