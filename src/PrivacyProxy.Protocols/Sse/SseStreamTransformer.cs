using System.Buffers;
using System.Text;

namespace PrivacyProxy.Protocols.Sse;

/// <summary>
/// Response transformer for <c>text/event-stream</c>: reassembles events from arbitrary reads and hands each
/// complete event to a protocol's <see cref="ISseEventRewriter"/> the moment its closing blank line arrives.
/// Comment lines and blank lines outside events are forwarded at once, in order.
/// </summary>
internal sealed class SseStreamTransformer : IResponseTransformer, ISseLineSink
{
    private readonly ISseEventRewriter _rewriter;
    private readonly SseLineReader _lines = new();
    private readonly ArrayBufferWriter<byte> _raw = new(1024);
    private readonly ArrayBufferWriter<byte> _data = new(1024);
    private readonly List<SseLine> _eventLines = [];
    private bool _inEvent;
    private bool _hasData;
    private string? _name;
    private bool _lastLineBuffered;

    /// <summary>Creates the transformer around a protocol's event rewriter.</summary>
    public SseStreamTransformer(ISseEventRewriter rewriter) => _rewriter = rewriter;

    /// <inheritdoc />
    public void Transform(ReadOnlySpan<byte> input, IBufferWriter<byte> output) => _lines.Read(input, this, output);

    /// <inheritdoc />
    public void Complete(IBufferWriter<byte> output)
    {
        _lines.Finish(this, output);
        if (_inEvent)
        {
            Dispatch(output);
        }

        _rewriter.Complete(output);
    }

    /// <inheritdoc />
    public void OnLine(ReadOnlySpan<byte> line, int contentLength, IBufferWriter<byte> output)
    {
        var content = line[..contentLength];
        if (content.IsEmpty)
        {
            if (_inEvent)
            {
                Append(line, contentLength, isData: false);
                Dispatch(output);
            }
            else
            {
                output.Write(line);
            }

            _lastLineBuffered = false;
            return;
        }

        if (content[0] == (byte)':')
        {
            // A comment outside an event goes out at once (keep-alives); inside one it keeps its place.
            if (_inEvent)
            {
                Append(line, contentLength, isData: false);
            }
            else
            {
                output.Write(line);
            }

            _lastLineBuffered = _inEvent;
            return;
        }

        int colon = content.IndexOf((byte)':');
        var field = colon < 0 ? content : content[..colon];
        var value = colon < 0 ? [] : content[(colon + 1)..];
        if (!value.IsEmpty && value[0] == (byte)' ')
        {
            value = value[1..];
        }

        bool isData = field.SequenceEqual("data"u8);
        if (isData)
        {
            if (_hasData)
            {
                _data.Write("\n"u8);
            }

            _data.Write(value);
            _hasData = true;
        }
        else if (field.SequenceEqual("event"u8))
        {
            _name = Encoding.UTF8.GetString(value);
        }

        _inEvent = true;
        Append(line, contentLength, isData);
        _lastLineBuffered = true;
    }

    /// <inheritdoc />
    public void OnLineFeedAfterCarriageReturn(IBufferWriter<byte> output)
    {
        if (_lastLineBuffered && _eventLines.Count > 0)
        {
            _raw.Write("\n"u8);
            var last = _eventLines[^1];
            _eventLines[^1] = last with { Length = last.Length + 1 };
        }
        else
        {
            output.Write("\n"u8);
        }
    }

    private void Append(ReadOnlySpan<byte> line, int contentLength, bool isData)
    {
        _eventLines.Add(new SseLine(_raw.WrittenCount, contentLength, line.Length, isData));
        _raw.Write(line);
    }

    private void Dispatch(IBufferWriter<byte> output)
    {
        var sseEvent = new SseEvent(_raw.WrittenSpan, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_eventLines), _data.WrittenSpan, _hasData, _name);
        _rewriter.Rewrite(sseEvent, output);
        _raw.ResetWrittenCount();
        _data.ResetWrittenCount();
        _eventLines.Clear();
        _inEvent = false;
        _hasData = false;
        _name = null;
    }
}
