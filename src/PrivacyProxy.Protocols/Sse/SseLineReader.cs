using System.Buffers;

namespace PrivacyProxy.Protocols.Sse;

/// <summary>
/// Reassembles SSE lines (ended by LF, CRLF or CR) from reads that may end anywhere, including inside a line,
/// a CRLF pair or a multi-byte character. A line is handed on as soon as its terminator arrives.
/// </summary>
internal sealed class SseLineReader
{
    private readonly ArrayBufferWriter<byte> _partial = new(256);
    private bool _afterCarriageReturn;

    /// <summary>Feeds the next bytes.</summary>
    public void Read(ReadOnlySpan<byte> input, ISseLineSink sink, IBufferWriter<byte> output)
    {
        while (!input.IsEmpty)
        {
            if (_afterCarriageReturn)
            {
                _afterCarriageReturn = false;
                if (input[0] == (byte)'\n')
                {
                    sink.OnLineFeedAfterCarriageReturn(output);
                    input = input[1..];
                    continue;
                }
            }

            int end = input.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                _partial.Write(input);
                return;
            }

            int terminator = 1;
            if (input[end] == (byte)'\r')
            {
                if (end + 1 == input.Length)
                {
                    _afterCarriageReturn = true;
                }
                else if (input[end + 1] == (byte)'\n')
                {
                    terminator = 2;
                }
            }

            int taken = end + terminator;
            if (_partial.WrittenCount == 0)
            {
                sink.OnLine(input[..taken], end, output);
            }
            else
            {
                int contentLength = _partial.WrittenCount + end;
                _partial.Write(input[..taken]);
                sink.OnLine(_partial.WrittenSpan, contentLength, output);
                _partial.ResetWrittenCount();
            }

            input = input[taken..];
        }
    }

    /// <summary>Ends the input: an unterminated last line is handed on as it is.</summary>
    public void Finish(ISseLineSink sink, IBufferWriter<byte> output)
    {
        if (_partial.WrittenCount > 0)
        {
            sink.OnLine(_partial.WrittenSpan, _partial.WrittenCount, output);
            _partial.ResetWrittenCount();
        }
    }
}
