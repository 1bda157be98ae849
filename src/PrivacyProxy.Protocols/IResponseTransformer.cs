using System.Buffers;

namespace PrivacyProxy.Protocols;

/// <summary>
/// Rewrites one upstream response body on its way to the client, incrementally: bytes go in as they arrive and
/// whatever can be forwarded now comes out. One instance per response; not thread-safe.
/// </summary>
public interface IResponseTransformer
{
    /// <summary>Takes the next bytes from upstream and writes the bytes that can be sent to the client now.</summary>
    void Transform(ReadOnlySpan<byte> input, IBufferWriter<byte> output);

    /// <summary>Ends the body: writes whatever was held back.</summary>
    void Complete(IBufferWriter<byte> output);
}
