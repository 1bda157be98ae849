using System.Buffers;

namespace PrivacyProxy.Protocols.Sse;

/// <summary>Receives the lines <see cref="SseLineReader"/> reassembles.</summary>
internal interface ISseLineSink
{
    /// <summary>A complete line: <paramref name="line"/> includes its terminator, which starts at <paramref name="contentLength"/>.</summary>
    void OnLine(ReadOnlySpan<byte> line, int contentLength, IBufferWriter<byte> output);

    /// <summary>The LF of a CRLF whose CR ended the previous read; it belongs to the previous line's terminator.</summary>
    void OnLineFeedAfterCarriageReturn(IBufferWriter<byte> output);
}
