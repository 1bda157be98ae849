using System.Buffers;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>Writes the <c>content_block_delta</c> events that release held-back text.</summary>
internal static class AnthropicEventWriter
{
    /// <summary>
    /// Writes a named <c>content_block_delta</c> event carrying <paramref name="text"/> in <paramref name="field"/>,
    /// each line ended by <paramref name="terminator"/> (the stream's own line ending).
    /// </summary>
    public static void WriteDelta(int index, AnthropicDeltaField field, string text, ReadOnlySpan<byte> terminator, IBufferWriter<byte> output)
    {
        output.Write("event: content_block_delta"u8);
        output.Write(terminator);
        output.Write("data: {\"type\":\"content_block_delta\",\"index\":"u8);
        Span<byte> digits = output.GetSpan(11);
        index.TryFormat(digits, out int written);
        output.Advance(written);
        output.Write(",\"delta\":{\"type\":\""u8);
        output.Write(field.DeltaType);
        output.Write("\",\""u8);
        output.Write(field.Name);
        output.Write("\":"u8);
        JsonStringEscaper.WriteQuoted(text, output);
        output.Write("}}"u8);
        output.Write(terminator);
        output.Write(terminator);
    }
}
