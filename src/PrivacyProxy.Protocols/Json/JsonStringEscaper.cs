using System.Buffers;
using System.Text;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Writes JSON string literals with the minimal escaping JSON requires: quote, backslash, control characters and
/// lone surrogates. Other characters (CJK, emoji) are written as UTF-8, unlike the default encoders.
/// </summary>
internal static class JsonStringEscaper
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(BuildEscapeSet());

    /// <summary>Writes <paramref name="value"/> as a quoted JSON string.</summary>
    public static void WriteQuoted(ReadOnlySpan<char> value, IBufferWriter<byte> output)
    {
        WriteByte(output, (byte)'"');
        WriteEscaped(value, output);
        WriteByte(output, (byte)'"');
    }

    /// <summary>Writes the escaped content of a JSON string, without quotes.</summary>
    public static void WriteEscaped(ReadOnlySpan<char> value, IBufferWriter<byte> output)
    {
        while (!value.IsEmpty)
        {
            int stop = value.IndexOfAny(NeedsEscape);
            int run = stop < 0 ? value.Length : stop;
            if (run > 0)
            {
                WriteUtf8(value[..run], output);
                value = value[run..];
                continue;
            }

            char c = value[0];
            if (char.IsHighSurrogate(c) && value.Length > 1 && char.IsLowSurrogate(value[1]))
            {
                WriteUtf8(value[..2], output);
                value = value[2..];
                continue;
            }

            WriteEscape(c, output);
            value = value[1..];
        }
    }

    private static void WriteEscape(char c, IBufferWriter<byte> output)
    {
        string simple = c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => string.Empty,
        };
        Span<byte> span = output.GetSpan(6);
        if (simple.Length > 0)
        {
            span[0] = (byte)simple[0];
            span[1] = (byte)simple[1];
            output.Advance(2);
            return;
        }

        span[0] = (byte)'\\';
        span[1] = (byte)'u';
        ((int)c).TryFormat(span[2..6], out _, "X4");
        output.Advance(6);
    }

    private static void WriteUtf8(ReadOnlySpan<char> chars, IBufferWriter<byte> output)
    {
        Span<byte> span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length));
        output.Advance(Encoding.UTF8.GetBytes(chars, span));
    }

    private static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static char[] BuildEscapeSet()
    {
        var set = new List<char> { '"', '\\' };
        for (char c = '\0'; c < ' '; c++)
        {
            set.Add(c);
        }

        // Surrogates are checked one by one: a valid pair is written as UTF-8, a lone one is escaped.
        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            set.Add((char)c);
        }

        return [.. set];
    }
}
