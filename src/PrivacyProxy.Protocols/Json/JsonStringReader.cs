using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Decodes JSON string values, including those the System.Text.Json reader refuses to decode: escaped unpaired
/// surrogates (<c>"\ud800"</c>) are valid JSON and must be scanned like any other text, not crash the walker.
/// </summary>
internal static class JsonStringReader
{
    /// <summary>The decoded value of the current string or property-name token.</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.ValueSpan);
        }
    }

    /// <summary>Decodes the escaped bytes between the quotes of a string the reader has already validated.</summary>
    public static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var text = new StringBuilder(escaped.Length);
        while (!escaped.IsEmpty)
        {
            int backslash = escaped.IndexOf((byte)'\\');
            if (backslash < 0)
            {
                text.Append(Encoding.UTF8.GetString(escaped));
                break;
            }

            text.Append(Encoding.UTF8.GetString(escaped[..backslash]));
            byte kind = escaped[backslash + 1];
            if (kind == (byte)'u')
            {
                text.Append((char)int.Parse(Encoding.ASCII.GetString(escaped.Slice(backslash + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                escaped = escaped[(backslash + 6)..];
                continue;
            }

            text.Append(kind switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)kind,
            });
            escaped = escaped[(backslash + 2)..];
        }

        return text.ToString();
    }
}
