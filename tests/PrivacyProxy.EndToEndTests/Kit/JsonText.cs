using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>JSON text written the way the fake upstream writes it, and random splits of text into stream deltas.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on a relaxed-escaping writer and returns the JSON text.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Relaxed))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The JSON text as UTF-8 bytes.</summary>
    public static byte[] Utf8(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetBytes(Write(write));

    /// <summary>Splits <paramref name="text"/> into pieces of 1-<paramref name="maxPiece"/> characters (surrogate pairs kept whole).</summary>
    public static IEnumerable<string> Pieces(string text, Random random, int maxPiece)
    {
        for (int at = 0; at < text.Length;)
        {
            int length = Math.Min(random.Next(1, maxPiece + 1), text.Length - at);
            if (char.IsHighSurrogate(text[at + length - 1]) && at + length < text.Length)
            {
                length++;
            }

            yield return text.Substring(at, length);
            at += length;
        }
    }

    /// <summary>Appends one SSE event (<c>event:</c> line when named, one <c>data:</c> line, blank line).</summary>
    public static void AppendEvent(StringBuilder sse, string? name, string data)
    {
        if (name is not null)
        {
            sse.Append("event: ").Append(name).Append('\n');
        }

        sse.Append("data: ").Append(data).Append("\n\n");
    }
}
