using System.Buffers;

namespace PrivacyProxy.Protocols.Sse;

/// <summary>The protocol-specific part of an SSE response transformer: restores one event at a time.</summary>
internal interface ISseEventRewriter
{
    /// <summary>Writes the event (unchanged, restored, or preceded by events that release held-back text).</summary>
    void Rewrite(in SseEvent sseEvent, IBufferWriter<byte> output);

    /// <summary>The stream ended: writes whatever text is still held back.</summary>
    void Complete(IBufferWriter<byte> output);
}
