using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// Restores Ollama tool calls, which arrive whole: the function name, and every string value and property name of
/// the arguments object in one pass (decoded, restored as plain text, re-encoded). Arguments sent as a string
/// (OpenAI style) are restored as a JSON document inside that string.
/// </summary>
internal static class ToolCallRestorer
{
    /// <summary>Adds to <paramref name="splice"/> the edits that restore every call of array <paramref name="toolCalls"/>.</summary>
    public static void Restore(JsonSpanIndex index, ReadOnlySpan<byte> json, int toolCalls, ITextRestorer restorer, JsonSplice splice)
    {
        if (index.Kind(toolCalls) != JsonTokenType.StartArray)
        {
            return;
        }

        for (int call = index.FirstChild(toolCalls); call >= 0; call = index.NextSibling(call))
        {
            int function = index.Property(json, call, "function"u8);
            RestoreString(index, json, index.Property(json, function, "name"u8), TextContext.Plain, restorer, splice);
            int arguments = index.Property(json, function, "arguments"u8);
            if (index.IsString(arguments))
            {
                RestoreString(index, json, arguments, TextContext.JsonString, restorer, splice);
            }
            else if (index.Kind(arguments) is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                RestoreStrings(json, index.Start(arguments), index.End(arguments), restorer, splice);
            }
        }
    }

    /// <summary>Restores every string token (values and property names) of the JSON value at <c>[start, end)</c>.</summary>
    public static void RestoreStrings(ReadOnlySpan<byte> json, int start, int end, ITextRestorer restorer, JsonSplice splice)
    {
        var reader = new Utf8JsonReader(json[start..end], new JsonReaderOptions { MaxDepth = JsonRequestScrubber.MaxDepth });
        while (reader.Read())
        {
            // A placeholder needs a '[', raw or escaped; most strings have neither and are not decoded.
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) ||
                (!reader.ValueIsEscaped && reader.ValueSpan.IndexOf((byte)'[') < 0))
            {
                continue;
            }

            string value = JsonStringReader.GetString(ref reader);
            string restored = restorer.Restore(value, TextContext.Plain);
            if (!string.Equals(value, restored, StringComparison.Ordinal))
            {
                int tokenStart = start + (int)reader.TokenStartIndex;
                splice.ReplaceWithString(tokenStart, tokenStart + reader.ValueSpan.Length + 2, restored);
            }
        }
    }

    private static void RestoreString(JsonSpanIndex index, ReadOnlySpan<byte> json, int node, TextContext context, ITextRestorer restorer, JsonSplice splice)
    {
        if (!index.IsString(node))
        {
            return;
        }

        string value = index.GetString(json, node);
        string restored = restorer.Restore(value, context);
        if (!string.Equals(value, restored, StringComparison.Ordinal))
        {
            splice.ReplaceWithString(index.Start(node), index.End(node), restored);
        }
    }
}
