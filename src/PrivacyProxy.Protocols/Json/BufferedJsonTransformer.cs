using System.Buffers;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Response transformer for a single JSON document. Leading whitespace (DeepSeek's keep-alive blank lines while a
/// request is queued) is forwarded at once; the document itself is buffered and restored when the body ends.
/// </summary>
internal sealed class BufferedJsonTransformer : IResponseTransformer
{
    private readonly IJsonBodyRewriter _rewriter;
    private readonly ArrayBufferWriter<byte> _body = new(4096);
    private bool _started;

    /// <summary>Creates the transformer around a protocol's body rewriter.</summary>
    public BufferedJsonTransformer(IJsonBodyRewriter rewriter) => _rewriter = rewriter;

    /// <inheritdoc />
    public void Transform(ReadOnlySpan<byte> input, IBufferWriter<byte> output)
    {
        if (!_started)
        {
            int first = input.IndexOfAnyExcept(" \t\r\n"u8);
            if (first < 0)
            {
                output.Write(input);
                return;
            }

            output.Write(input[..first]);
            input = input[first..];
            _started = true;
        }

        _body.Write(input);
    }

    /// <inheritdoc />
    public void Complete(IBufferWriter<byte> output)
    {
        if (_body.WrittenCount > 0)
        {
            _rewriter.Rewrite(_body.WrittenSpan, output);
            _body.Clear();
        }
    }
}
