using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// What the fake upstream answers on <c>/responses</c> for a given last user text: a Response with a reasoning item
/// (summary), a message item (output_text) and a function_call item echoing the text, as JSON or as Codex's
/// named-event stream (deltas, <c>.done</c> copies, item events, <c>response.completed</c>, no <c>[DONE]</c>).
/// </summary>
internal static class ResponsesReplies
{
    public const string ReasoningId = "rs_fake0001";
    public const string MessageId = "msg_fake0001";
    public const string CallItemId = "fc_fake0001";
    public const string CallId = "call_fake0001";

    /// <summary>The non-streamed Response object, byte for byte.</summary>
    public static byte[] ResponseJson(string text, string model) => JsonText.Utf8(w => Response(w, text, model, "completed"));

    /// <summary>The streamed Response as SSE; <c>sequence_number</c> counts from 0.</summary>
    public static string ResponseStream(string text, string model, Random random, int maxPiece = 6)
    {
        var stream = new NumberedSseWriter();
        stream.Event("response.created", w => { w.WritePropertyName("response"); Response(w, null, model, "in_progress"); });
        stream.Event("response.in_progress", w => { w.WritePropertyName("response"); Response(w, null, model, "in_progress"); });

        stream.Event("response.output_item.added", w => { w.WriteNumber("output_index", 0); w.WritePropertyName("item"); Reasoning(w, null); });
        stream.Event("response.reasoning_summary_part.added", w => { At(w, ReasoningId, 0, "summary_index"); Part(w, "summary_text", ""); });
        foreach (var piece in JsonText.Pieces(FakeReplies.Reasoning(text), random, maxPiece))
        {
            stream.Event("response.reasoning_summary_text.delta", w => { At(w, ReasoningId, 0, "summary_index"); w.WriteString("delta", piece); });
        }

        stream.Event("response.reasoning_summary_text.done", w => { At(w, ReasoningId, 0, "summary_index"); w.WriteString("text", FakeReplies.Reasoning(text)); });
        stream.Event("response.reasoning_summary_part.done", w => { At(w, ReasoningId, 0, "summary_index"); Part(w, "summary_text", FakeReplies.Reasoning(text)); });
        stream.Event("response.output_item.done", w => { w.WriteNumber("output_index", 0); w.WritePropertyName("item"); Reasoning(w, text); });

        stream.Event("response.output_item.added", w => { w.WriteNumber("output_index", 1); w.WritePropertyName("item"); Message(w, null); });
        stream.Event("response.content_part.added", w => { At(w, MessageId, 1, "content_index"); Part(w, "output_text", ""); });
        foreach (var piece in JsonText.Pieces(FakeReplies.Content(text), random, maxPiece))
        {
            stream.Event("response.output_text.delta", w => { At(w, MessageId, 1, "content_index"); w.WriteString("delta", piece); });
        }

        stream.Event("response.output_text.done", w => { At(w, MessageId, 1, "content_index"); w.WriteString("text", FakeReplies.Content(text)); });
        stream.Event("response.content_part.done", w => { At(w, MessageId, 1, "content_index"); Part(w, "output_text", FakeReplies.Content(text)); });
        stream.Event("response.output_item.done", w => { w.WriteNumber("output_index", 1); w.WritePropertyName("item"); Message(w, text); });

        stream.Event("response.output_item.added", w => { w.WriteNumber("output_index", 2); w.WritePropertyName("item"); Call(w, null); });
        foreach (var piece in JsonText.Pieces(FakeReplies.Arguments(text), random, maxPiece))
        {
            stream.Event("response.function_call_arguments.delta", w => { At(w, CallItemId, 2, null); w.WriteString("delta", piece); });
        }

        stream.Event("response.function_call_arguments.done", w => { At(w, CallItemId, 2, null); w.WriteString("arguments", FakeReplies.Arguments(text)); });
        stream.Event("response.output_item.done", w => { w.WriteNumber("output_index", 2); w.WritePropertyName("item"); Call(w, text); });
        stream.Event("response.completed", w => { w.WritePropertyName("response"); Response(w, text, model, "completed"); });
        return stream.ToString();
    }

    /// <summary>The last user text of a Responses request: <c>input</c> as a string, or the last user message's text parts.</summary>
    public static string LastUserText(JsonElement root)
    {
        var input = root.GetProperty("input");
        if (input.ValueKind == JsonValueKind.String)
        {
            return input.GetString() ?? "";
        }

        string text = "";
        foreach (var item in input.EnumerateArray())
        {
            if (!item.TryGetProperty("role", out var role) || role.GetString() != "user")
            {
                continue;
            }

            var content = item.GetProperty("content");
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

    /// <summary>A Response object; <paramref name="text"/> null writes it without output (in progress).</summary>
    private static void Response(Utf8JsonWriter w, string? text, string model, string status)
    {
        w.WriteStartObject();
        w.WriteString("id", "resp_fake0001");
        w.WriteString("object", "response");
        w.WriteNumber("created_at", 1_781_233_924);
        w.WriteString("status", status);
        w.WriteString("model", model);
        w.WriteStartArray("output");
        if (text is not null)
        {
            Reasoning(w, text);
            Message(w, text);
            Call(w, text);
        }

        w.WriteEndArray();
        w.WriteBoolean("parallel_tool_calls", true);
        w.WriteStartArray("tools");
        w.WriteEndArray();
        if (text is null)
        {
            w.WriteNull("usage");
        }
        else
        {
            w.WriteStartObject("usage");
            w.WriteNumber("input_tokens", 30);
            w.WriteNumber("output_tokens", 20);
            w.WriteNumber("total_tokens", 50);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Reasoning(Utf8JsonWriter w, string? text)
    {
        w.WriteStartObject();
        w.WriteString("id", ReasoningId);
        w.WriteString("type", "reasoning");
        w.WriteStartArray("summary");
        if (text is not null)
        {
            Part(w, null, "summary_text", FakeReplies.Reasoning(text));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter w, string? text)
    {
        w.WriteStartObject();
        w.WriteString("id", MessageId);
        w.WriteString("type", "message");
        w.WriteString("status", text is null ? "in_progress" : "completed");
        w.WriteString("role", "assistant");
        w.WriteStartArray("content");
        if (text is not null)
        {
            Part(w, null, "output_text", FakeReplies.Content(text));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Call(Utf8JsonWriter w, string? text)
    {
        w.WriteStartObject();
        w.WriteString("id", CallItemId);
        w.WriteString("type", "function_call");
        w.WriteString("status", text is null ? "in_progress" : "completed");
        w.WriteString("call_id", CallId);
        w.WriteString("name", FakeReplies.ToolName);
        w.WriteString("arguments", text is null ? "" : FakeReplies.Arguments(text));
        w.WriteEndObject();
    }

    private static void Part(Utf8JsonWriter w, string type, string text) => Part(w, "part", type, text);

    private static void Part(Utf8JsonWriter w, string? property, string type, string text)
    {
        if (property is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(property);
        }

        w.WriteString("type", type);
        w.WriteString("text", text);
        if (type == "output_text")
        {
            w.WriteStartArray("annotations");
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void At(Utf8JsonWriter w, string itemId, int outputIndex, string? partIndexField)
    {
        w.WriteString("item_id", itemId);
        w.WriteNumber("output_index", outputIndex);
        if (partIndexField is not null)
        {
            w.WriteNumber(partIndexField, 0);
        }
    }
}
