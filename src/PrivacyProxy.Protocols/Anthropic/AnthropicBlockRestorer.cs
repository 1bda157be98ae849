using System.Buffers;
using System.Text;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// Restores whole content blocks in an indexed document (a non-streamed Message, <c>message_start</c>,
/// <c>content_block_start</c>): <c>text</c>, <c>thinking</c> and tool <c>name</c> as plain text, tool
/// <c>input</c> on its raw JSON. Signatures, ids and redacted thinking are left as they are.
/// </summary>
internal sealed class AnthropicBlockRestorer
{
    private readonly ITextRestorer _restorer;

    /// <summary>Creates the restorer.</summary>
    public AnthropicBlockRestorer(ITextRestorer restorer) => _restorer = restorer;

    /// <summary>Restores every block of the <c>content</c> array of <paramref name="message"/>.</summary>
    public void RestoreContent(JsonSpanIndex index, ReadOnlySpan<byte> json, int message, JsonSplice splice)
    {
        int content = index.Property(json, message, "content"u8);
        for (int block = index.FirstChild(content); block >= 0; block = index.NextSibling(block))
        {
            RestoreBlock(index, json, block, splice);
        }
    }

    /// <summary>Restores one block.</summary>
    public void RestoreBlock(JsonSpanIndex index, ReadOnlySpan<byte> json, int block, JsonSplice splice)
    {
        if (!index.IsObject(block))
        {
            return;
        }

        RestoreString(index, json, index.Property(json, block, "text"u8), splice);
        RestoreString(index, json, index.Property(json, block, "thinking"u8), splice);
        RestoreToolFields(index, json, block, splice);
    }

    /// <summary>Restores a block's tool <c>name</c> and <c>input</c> (the fields no delta streams).</summary>
    public void RestoreToolFields(JsonSpanIndex index, ReadOnlySpan<byte> json, int block, JsonSplice splice)
    {
        RestoreString(index, json, index.Property(json, block, "name"u8), splice);
        RestoreRawJson(index, json, index.Property(json, block, "input"u8), splice);
    }

    /// <summary>Restores a string value as plain text (the decoded value, re-escaped when it changed).</summary>
    public void RestoreString(JsonSpanIndex index, ReadOnlySpan<byte> json, int node, JsonSplice splice)
    {
        if (!index.IsString(node))
        {
            return;
        }

        string value = index.GetString(json, node);
        string restored = _restorer.Restore(value, TextContext.Plain);
        if (!string.Equals(value, restored, StringComparison.Ordinal))
        {
            splice.ReplaceWithString(index.Start(node), index.End(node), restored);
        }
    }

    /// <summary>
    /// Restores a JSON value (tool input: an object) on its raw text. Placeholders can only sit inside its strings,
    /// keys included, so each is replaced by the JSON-escaped original: the same context as the streamed
    /// <c>partial_json</c>, so streamed and whole inputs restore alike.
    /// </summary>
    private void RestoreRawJson(JsonSpanIndex index, ReadOnlySpan<byte> json, int node, JsonSplice splice)
    {
        if (node < 0)
        {
            return;
        }

        var raw = index.Raw(json, node);
        if (raw.IndexOf((byte)'[') < 0)
        {
            return;
        }

        string text = Encoding.UTF8.GetString(raw);
        string restored = _restorer.Restore(text, TextContext.JsonString);
        if (!string.Equals(text, restored, StringComparison.Ordinal))
        {
            var writer = splice.Begin(index.Start(node), index.End(node));
            writer.Write(Encoding.UTF8.GetBytes(restored));
            splice.End();
        }
    }
}
