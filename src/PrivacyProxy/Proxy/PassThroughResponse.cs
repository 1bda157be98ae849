using System.Buffers;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.Proxy;

/// <summary>Forwards a response body unchanged (answers that carry no text the proxy replaced).</summary>
internal sealed class PassThroughResponse : IResponseTransformer
{
    /// <inheritdoc />
    public void Transform(ReadOnlySpan<byte> input, IBufferWriter<byte> output) => output.Write(input);

    /// <inheritdoc />
    public void Complete(IBufferWriter<byte> output)
    {
    }
}
