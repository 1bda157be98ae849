using System.Buffers;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Ndjson;

/// <summary>The protocol-specific part of an NDJSON response transformer: restores one JSON object line at a time.</summary>
internal interface INdjsonLineRewriter
{
    /// <summary>Writes one indexed JSON object line (without its terminator), restored.</summary>
    void Rewrite(JsonSpanIndex index, ReadOnlySpan<byte> line, IBufferWriter<byte> output);

    /// <summary>
    /// Writes lines that release text still held back, each ended by <paramref name="terminator"/>; called before an
    /// error line passes and when the stream ends.
    /// </summary>
    void Release(ReadOnlySpan<byte> terminator, IBufferWriter<byte> output);
}
