using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// What the fake upstream answers on the Anthropic routes for a given last user text: a message with a thinking
/// block (signed), a text block and a tool_use block whose input echoes the text, as JSON or as a named-event
/// stream (thinking_delta, signature_delta, text_delta, input_json_delta in 1-6 character pieces).
/// </summary>
internal static class AnthropicReplies
{
    public const string Signature = "EqQBCgIYAhIMfakeSignature0001+/=";
    public const string ToolUseId = "toolu_fake_echo";
    public const string Model = "claude-sonnet-4-5";

    /// <summary>The tool input object as JSON text.</summary>
    public static string Input(string text) => FakeReplies.Arguments(text);

    /// <summary>The non-streamed message, byte for byte.</summary>
    public static byte[] MessageJson(string text, string model) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        Envelope(w, model);
        w.WriteStartArray("content");
        w.WriteStartObject();
        w.WriteString("type", "thinking");
        w.WriteString("thinking", FakeReplies.Reasoning(text));
        w.WriteString("signature", Signature);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "text");
        w.WriteString("text", FakeReplies.Content(text));
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "tool_use");
        w.WriteString("id", ToolUseId);
        w.WriteString("name", FakeReplies.ToolName);
        w.WritePropertyName("input");
        w.WriteRawValue(Input(text));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("stop_reason", "tool_use");
        w.WriteNull("stop_sequence");
        Usage(w, 20);
        w.WriteEndObject();
    });

    /// <summary>The streamed message as SSE with named events, Anthropic's order.</summary>
    public static string MessageStream(string text, string model, Random random, int maxPiece = 6)
    {
        var sse = new StringBuilder();
        Event(sse, "message_start", w =>
        {
            w.WriteStartObject("message");
            Envelope(w, model);
            w.WriteStartArray("content");
            w.WriteEndArray();
            w.WriteNull("stop_reason");
            w.WriteNull("stop_sequence");
            Usage(w, 1);
            w.WriteEndObject();
        });
        BlockStart(sse, 0, w => { w.WriteString("type", "thinking"); w.WriteString("thinking", ""); w.WriteString("signature", ""); });
        Event(sse, "ping", _ => { });
        foreach (var piece in JsonText.Pieces(FakeReplies.Reasoning(text), random, maxPiece))
        {
            Delta(sse, 0, "thinking_delta", "thinking", piece);
        }

        Delta(sse, 0, "signature_delta", "signature", Signature);
        Event(sse, "content_block_stop", w => w.WriteNumber("index", 0));
        BlockStart(sse, 1, w => { w.WriteString("type", "text"); w.WriteString("text", ""); });
        foreach (var piece in JsonText.Pieces(FakeReplies.Content(text), random, maxPiece))
        {
            Delta(sse, 1, "text_delta", "text", piece);
        }

        Event(sse, "content_block_stop", w => w.WriteNumber("index", 1));
        BlockStart(sse, 2, w =>
        {
            w.WriteString("type", "tool_use");
            w.WriteString("id", ToolUseId);
            w.WriteString("name", FakeReplies.ToolName);
            w.WriteStartObject("input");
            w.WriteEndObject();
        });
        Delta(sse, 2, "input_json_delta", "partial_json", "");
        foreach (var piece in JsonText.Pieces(Input(text), random, maxPiece))
        {
            Delta(sse, 2, "input_json_delta", "partial_json", piece);
        }

        Event(sse, "content_block_stop", w => w.WriteNumber("index", 2));
        Event(sse, "message_delta", w =>
        {
            w.WriteStartObject("delta");
            w.WriteString("stop_reason", "tool_use");
            w.WriteNull("stop_sequence");
            w.WriteEndObject();
            w.WriteStartObject("usage");
            w.WriteNumber("output_tokens", 20);
            w.WriteEndObject();
        });
        Event(sse, "message_stop", _ => { });
        return sse.ToString();
    }

    /// <summary>The count_tokens answer.</summary>
    public static byte[] CountTokensJson(int tokens) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("input_tokens", tokens);
        w.WriteEndObject();
    });

    /// <summary>The last user message's text: its string content, or its text blocks joined.</summary>
    public static string LastUserText(JsonElement root)
    {
        string text = "";
        foreach (var message in root.GetProperty("messages").EnumerateArray())
        {
            if (message.GetProperty("role").GetString() == "user")
            {
                text = TextOf(message.GetProperty("content"));
            }
        }

        return text;
    }

    private static string TextOf(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString() ?? "";
        }

        var text = new StringBuilder();
        foreach (var block in content.EnumerateArray())
        {
            if (block.GetProperty("type").GetString() == "text")
            {
                text.Append(block.GetProperty("text").GetString());
            }
        }

        return text.ToString();
    }

    private static void Envelope(Utf8JsonWriter w, string model)
    {
        w.WriteString("id", "msg_fake0001");
        w.WriteString("type", "message");
        w.WriteString("role", "assistant");
        w.WriteString("model", model);
    }

    private static void Usage(Utf8JsonWriter w, int outputTokens)
    {
        w.WriteStartObject("usage");
        w.WriteNumber("input_tokens", 30);
        w.WriteNumber("output_tokens", outputTokens);
        w.WriteEndObject();
    }

    private static void BlockStart(StringBuilder sse, int index, Action<Utf8JsonWriter> block) =>
        Event(sse, "content_block_start", w =>
        {
            w.WriteNumber("index", index);
            w.WriteStartObject("content_block");
            block(w);
            w.WriteEndObject();
        });

    private static void Delta(StringBuilder sse, int index, string type, string field, string value) =>
        Event(sse, "content_block_delta", w =>
        {
            w.WriteNumber("index", index);
            w.WriteStartObject("delta");
            w.WriteString("type", type);
            w.WriteString(field, value);
            w.WriteEndObject();
        });

    private static void Event(StringBuilder sse, string type, Action<Utf8JsonWriter> members) =>
        JsonText.AppendEvent(sse, type, JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            members(w);
            w.WriteEndObject();
        }));
}
