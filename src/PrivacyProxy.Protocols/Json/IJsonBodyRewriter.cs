using System.Buffers;

namespace PrivacyProxy.Protocols.Json;

/// <summary>The protocol-specific part of a buffered JSON response transformer.</summary>
internal interface IJsonBodyRewriter
{
    /// <summary>Writes <paramref name="body"/> restored; a body it cannot parse is written unchanged.</summary>
    void Rewrite(ReadOnlySpan<byte> body, IBufferWriter<byte> output);
}
