using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// Restores the text of Responses output objects in an indexed document through a splice: whole Response
/// objects (<c>output[]</c>, <c>output_text</c>), output items (message and reasoning parts, tool-call names,
/// arguments JSON-escaped, custom tool input) and single content parts. Used for JSON bodies and full-copy events.
/// </summary>
internal sealed class ResponsesOutputRestorer
{
    private readonly ITextRestorer _restorer;

    /// <summary>Creates the restorer.</summary>
    public ResponsesOutputRestorer(ITextRestorer restorer) => _restorer = restorer;

    /// <summary>Restores a Response object: every output item and the <c>output_text</c> convenience field.</summary>
    public void RestoreResponse(JsonSpanIndex index, ReadOnlySpan<byte> json, int response, JsonSplice splice)
    {
        int output = index.Property(json, response, "output"u8);
        if (index.Kind(output) == JsonTokenType.StartArray)
        {
            for (int item = index.FirstChild(output); item >= 0; item = index.NextSibling(item))
            {
                RestoreItem(index, json, item, splice);
            }
        }

        RestoreString(index, json, index.Property(json, response, "output_text"u8), TextContext.Plain, splice);
    }

    /// <summary>Restores one output item, whatever its type: the fields are named the same across types.</summary>
    public void RestoreItem(JsonSpanIndex index, ReadOnlySpan<byte> json, int item, JsonSplice splice)
    {
        if (!index.IsObject(item))
        {
            return;
        }

        RestoreParts(index, json, index.Property(json, item, "content"u8), splice);
        RestoreParts(index, json, index.Property(json, item, "summary"u8), splice);
        RestoreString(index, json, index.Property(json, item, "name"u8), TextContext.Plain, splice);
        RestoreString(index, json, index.Property(json, item, "arguments"u8), TextContext.JsonString, splice);
        RestoreString(index, json, index.Property(json, item, "input"u8), TextContext.Plain, splice);
    }

    /// <summary>Restores a content or summary part (<c>text</c>, <c>refusal</c>).</summary>
    public void RestorePart(JsonSpanIndex index, ReadOnlySpan<byte> json, int part, JsonSplice splice)
    {
        RestoreString(index, json, index.Property(json, part, "text"u8), TextContext.Plain, splice);
        RestoreString(index, json, index.Property(json, part, "refusal"u8), TextContext.Plain, splice);
    }

    /// <summary>Restores a string node; other nodes are left alone.</summary>
    public void RestoreString(JsonSpanIndex index, ReadOnlySpan<byte> json, int node, TextContext context, JsonSplice splice)
    {
        if (!index.IsString(node))
        {
            return;
        }

        string value = index.GetString(json, node);
        string restored = _restorer.Restore(value, context);
        if (!string.Equals(value, restored, StringComparison.Ordinal))
        {
            splice.ReplaceWithString(index.Start(node), index.End(node), restored);
        }
    }

    private void RestoreParts(JsonSpanIndex index, ReadOnlySpan<byte> json, int parts, JsonSplice splice)
    {
        if (index.Kind(parts) != JsonTokenType.StartArray)
        {
            return;
        }

        for (int part = index.FirstChild(parts); part >= 0; part = index.NextSibling(part))
        {
            RestorePart(index, json, part, splice);
        }
    }
}
