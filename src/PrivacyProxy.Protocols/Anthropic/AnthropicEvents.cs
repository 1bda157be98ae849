using System.Text;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>Reads the <c>type</c> of Anthropic events and blocks without allocating in the usual case.</summary>
internal static class AnthropicEvents
{
    /// <summary>The kind of an event: its data's <c>type</c>, or the SSE event name when the data has none.</summary>
    public static AnthropicEventKind Classify(JsonSpanIndex index, ReadOnlySpan<byte> json, string? eventName)
    {
        var type = TypeOf(index, json, JsonSpanIndex.Root);
        if (!type.IsEmpty)
        {
            return Kind(type);
        }

        return eventName is null ? AnthropicEventKind.Other : Kind(Encoding.UTF8.GetBytes(eventName));
    }

    /// <summary>True when object <paramref name="node"/> has <c>"type"</c> equal to <paramref name="value"/>.</summary>
    public static bool TypeIs(JsonSpanIndex index, ReadOnlySpan<byte> json, int node, ReadOnlySpan<byte> value) =>
        TypeOf(index, json, node).SequenceEqual(value);

    /// <summary>The raw (unescaped in practice) <c>type</c> string of object <paramref name="node"/>; empty when absent.</summary>
    public static ReadOnlySpan<byte> TypeOf(JsonSpanIndex index, ReadOnlySpan<byte> json, int node)
    {
        int type = index.Property(json, node, "type"u8);
        if (!index.IsString(type))
        {
            return [];
        }

        var raw = index.Raw(json, type)[1..^1];
        return raw.IndexOf((byte)'\\') < 0 ? raw : Encoding.UTF8.GetBytes(index.GetString(json, type));
    }

    private static AnthropicEventKind Kind(ReadOnlySpan<byte> type) => type switch
    {
        _ when type.SequenceEqual("content_block_delta"u8) => AnthropicEventKind.BlockDelta,
        _ when type.SequenceEqual("content_block_start"u8) => AnthropicEventKind.BlockStart,
        _ when type.SequenceEqual("content_block_stop"u8) => AnthropicEventKind.BlockStop,
        _ when type.SequenceEqual("message_start"u8) => AnthropicEventKind.MessageStart,
        _ when type.SequenceEqual("message_delta"u8) => AnthropicEventKind.MessageDelta,
        _ when type.SequenceEqual("message_stop"u8) => AnthropicEventKind.MessageStop,
        _ when type.SequenceEqual("error"u8) => AnthropicEventKind.Error,
        _ => AnthropicEventKind.Other,
    };
}
