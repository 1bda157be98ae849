using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>What the fake upstream answers on <c>/v1/embeddings</c>: one small vector per input, OpenAI's list shape.</summary>
internal static class EmbeddingReplies
{
    /// <summary>The answer for <paramref name="inputs"/> inputs.</summary>
    public static byte[] OpenAIJson(string model, int inputs) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        w.WriteString("object", "list");
        w.WriteStartArray("data");
        for (int i = 0; i < inputs; i++)
        {
            w.WriteStartObject();
            w.WriteString("object", "embedding");
            w.WriteNumber("index", i);
            w.WriteStartArray("embedding");
            w.WriteNumberValue(0.0023064255 + i);
            w.WriteNumberValue(-0.009327292);
            w.WriteNumberValue(0.015797347);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("model", model);
        w.WriteStartObject("usage");
        w.WriteNumber("prompt_tokens", 8 * inputs);
        w.WriteNumber("total_tokens", 8 * inputs);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>How many inputs an OpenAI embeddings request carries.</summary>
    public static int InputCount(JsonElement root) =>
        root.GetProperty("input") is { ValueKind: JsonValueKind.Array } input ? input.GetArrayLength() : 1;
}
