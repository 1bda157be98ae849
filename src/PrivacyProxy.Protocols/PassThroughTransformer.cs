using System.Buffers;

namespace PrivacyProxy.Protocols;

/// <summary>Forwards a response body unchanged (content types a protocol does not restore).</summary>
internal sealed class PassThroughTransformer : IResponseTransformer
{
    /// <inheritdoc />
    public void Transform(ReadOnlySpan<byte> input, IBufferWriter<byte> output) => output.Write(input);

    /// <inheritdoc />
    public void Complete(IBufferWriter<byte> output)
    {
    }
}
