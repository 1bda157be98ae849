using System.Buffers;

namespace PrivacyProxy.Protocols.Sse;

/// <summary>Writes SSE events: a received event with new data, or a new data-only event.</summary>
internal static class SseEventWriter
{
    /// <summary>
    /// Writes <paramref name="sseEvent"/> with its data replaced by <paramref name="data"/>; every other line
    /// (event, id, comments, the closing blank line) and every line terminator is kept as received.
    /// </summary>
    public static void WriteWithData(in SseEvent sseEvent, ReadOnlySpan<byte> data, IBufferWriter<byte> output)
    {
        bool written = false;
        foreach (var line in sseEvent.Lines)
        {
            var raw = sseEvent.Raw.Slice(line.Start, line.Length);
            if (!line.IsData)
            {
                output.Write(raw);
                continue;
            }

            if (written)
            {
                continue;
            }

            written = true;
            var terminator = raw[line.ContentLength..];
            if (terminator.IsEmpty)
            {
                terminator = "\n"u8;
            }

            var rest = data;
            while (true)
            {
                int lf = rest.IndexOf((byte)'\n');
                output.Write("data: "u8);
                output.Write(lf < 0 ? rest : rest[..lf]);
                output.Write(terminator);
                if (lf < 0)
                {
                    break;
                }

                rest = rest[(lf + 1)..];
            }
        }
    }

    /// <summary>Writes a new event <c>data: {data}</c> followed by a blank line.</summary>
    public static void WriteDataEvent(ReadOnlySpan<byte> data, IBufferWriter<byte> output)
    {
        output.Write("data: "u8);
        output.Write(data);
        output.Write("\n\n"u8);
    }
}
