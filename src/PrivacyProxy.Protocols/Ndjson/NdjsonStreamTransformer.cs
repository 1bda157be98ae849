using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Ndjson;

/// <summary>
/// Response transformer for <c>application/x-ndjson</c>: reassembles lines (ended by LF or CRLF) from reads that
/// may end anywhere and hands each JSON object line to a protocol's <see cref="INdjsonLineRewriter"/> as soon as
/// its newline arrives. Lines that are not JSON objects pass unchanged; an <c>{"error":…}</c> line passes unchanged,
/// after the text held back before it.
/// </summary>
internal sealed class NdjsonStreamTransformer : IResponseTransformer
{
    private readonly INdjsonLineRewriter _rewriter;
    private readonly ArrayBufferWriter<byte> _partial = new(1024);
    private readonly ArrayBufferWriter<byte> _released = new(256);
    private readonly JsonSpanIndex _index = new();
    private bool _crlf;

    /// <summary>Creates the transformer around a protocol's line rewriter.</summary>
    public NdjsonStreamTransformer(INdjsonLineRewriter rewriter) => _rewriter = rewriter;

    /// <inheritdoc />
    public void Transform(ReadOnlySpan<byte> input, IBufferWriter<byte> output)
    {
        while (!input.IsEmpty)
        {
            int lf = input.IndexOf((byte)'\n');
            if (lf < 0)
            {
                _partial.Write(input);
                return;
            }

            if (_partial.WrittenCount == 0)
            {
                OnLine(input[..(lf + 1)], output);
            }
            else
            {
                _partial.Write(input[..(lf + 1)]);
                OnLine(_partial.WrittenSpan, output);
                _partial.ResetWrittenCount();
            }

            input = input[(lf + 1)..];
        }
    }

    /// <inheritdoc />
    public void Complete(IBufferWriter<byte> output)
    {
        bool unterminated = _partial.WrittenCount > 0;
        if (unterminated)
        {
            OnLine(_partial.WrittenSpan, output);
            _partial.ResetWrittenCount();
        }

        _released.ResetWrittenCount();
        _rewriter.Release(Terminator, _released);
        if (_released.WrittenCount > 0)
        {
            // The synthetic line must not run on from a last line that had no newline.
            if (unterminated)
            {
                output.Write(Terminator);
            }

            output.Write(_released.WrittenSpan);
        }
    }

    private ReadOnlySpan<byte> Terminator => _crlf ? "\r\n"u8 : "\n"u8;

    private void OnLine(ReadOnlySpan<byte> line, IBufferWriter<byte> output)
    {
        int contentLength = line.Length;
        if (line[^1] == (byte)'\n')
        {
            _crlf = line.Length > 1 && line[^2] == (byte)'\r';
            contentLength -= _crlf ? 2 : 1;
        }

        var content = line[..contentLength];
        if (!TryIndexObject(content))
        {
            output.Write(line);
            return;
        }

        if (_index.Property(content, JsonSpanIndex.Root, "error"u8) >= 0)
        {
            _rewriter.Release(Terminator, output);
            output.Write(line);
            return;
        }

        _rewriter.Rewrite(_index, content, output);
        output.Write(line[contentLength..]);
    }

    private bool TryIndexObject(ReadOnlySpan<byte> content)
    {
        if (content.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return false;
        }

        try
        {
            _index.Parse(content);
        }
        catch (JsonException)
        {
            return false;
        }

        return _index.IsObject(JsonSpanIndex.Root);
    }
}
