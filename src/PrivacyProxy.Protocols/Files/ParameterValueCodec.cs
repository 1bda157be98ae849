using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Unicode;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Decodes Content-Disposition parameter values to the text the upstream will see (plain, RFC 8187 extended,
/// RFC 2047 encoded word) and writes scrubbed text back in the same encoding, so an encoded file name cannot
/// carry text past the scanner. Values it cannot decode with certainty are refused.
/// </summary>
internal static class ParameterValueCodec
{
    // RFC 8187 attr-char: written as is in an extended value; every other byte is percent-encoded.
    private static readonly SearchValues<byte> AttrChars =
        SearchValues.Create("!#$&+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    /// <summary>Decodes the value bytes at <c>[start, end)</c> of <paramref name="body"/>.</summary>
    /// <param name="extended">True when the parameter name ends in <c>*</c>.</param>
    public static HeaderValue Decode(ReadOnlySpan<byte> body, int start, int end, HeaderValueSyntax syntax, bool extended, int index)
    {
        var raw = body[start..end];
        if (extended)
        {
            int charsetEnd = raw.IndexOf((byte)'\'');
            int languageEnd = charsetEnd < 0 ? -1 : raw[(charsetEnd + 1)..].IndexOf((byte)'\'');
            if (syntax != HeaderValueSyntax.Token || languageEnd < 0 || !Ascii.EqualsIgnoreCase(raw[..charsetEnd], "utf-8"u8))
            {
                throw MultipartErrors.MalformedPart(index, "an extended parameter (name*=) must be an unquoted utf-8''value.");
            }

            int prefix = charsetEnd + languageEnd + 2;
            string text = PercentDecode(raw[prefix..]) ?? throw MultipartErrors.MalformedPart(index, "an extended parameter has invalid percent-encoding or is not UTF-8.");
            return new HeaderValue(start, end, syntax, text, ParameterEncoding.Extended, Encoding.ASCII.GetString(raw[..prefix]));
        }

        if (raw.IndexOf("=?"u8) >= 0)
        {
            string text = DecodeEncodedWord(raw) ?? throw MultipartErrors.MalformedPart(index, "a parameter value holds an encoded word that is not one well-formed UTF-8 word.");
            return new HeaderValue(start, end, syntax, text, ParameterEncoding.EncodedWord);
        }

        return new HeaderValue(start, end, syntax, HttpSyntax.Decode(raw));
    }

    /// <summary>Writes <paramref name="text"/> in place of <paramref name="value"/>, encoded as the original was.</summary>
    public static void Write(HeaderValue value, string text, IBufferWriter<byte> output)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        if (value.Encoding == ParameterEncoding.Extended)
        {
            output.Write(Encoding.ASCII.GetBytes(value.Prefix));
            foreach (byte b in utf8)
            {
                output.Write(AttrChars.Contains(b) ? [b] : Encoding.ASCII.GetBytes($"%{b:X2}"));
            }

            return;
        }

        bool quote = value.Syntax == HeaderValueSyntax.Token;
        if (quote)
        {
            output.Write("\""u8);
        }

        output.Write(value.Encoding == ParameterEncoding.EncodedWord ? Encoding.ASCII.GetBytes($"=?utf-8?B?{Convert.ToBase64String(utf8)}?=") : utf8);
        if (quote)
        {
            output.Write("\""u8);
        }
    }

    private static string? PercentDecode(ReadOnlySpan<byte> encoded) =>
        PercentDecodeBytes(encoded) is { } bytes && Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Decodes RFC 8187 percent-encoding to bytes; null when malformed.</summary>
    public static byte[]? PercentDecodeBytes(ReadOnlySpan<byte> encoded) => Unescape(encoded, (byte)'%', underscoreIsSpace: false);

    /// <summary>The value after a <c>utf-8'language'</c> prefix; false when the prefix is missing or names another charset.</summary>
    public static bool TryStripUtf8Prefix(ReadOnlySpan<byte> raw, out ReadOnlySpan<byte> value)
    {
        int charsetEnd = raw.IndexOf((byte)'\'');
        int languageEnd = charsetEnd < 0 ? -1 : raw[(charsetEnd + 1)..].IndexOf((byte)'\'');
        bool valid = languageEnd >= 0 && Ascii.EqualsIgnoreCase(raw[..charsetEnd], "utf-8"u8);
        value = valid ? raw[(charsetEnd + languageEnd + 2)..] : default;
        return valid;
    }

    /// <summary>Decodes <c>escape</c>+two hex digits (and <c>_</c> as space for RFC 2047 Q); null when malformed.</summary>
    private static byte[]? Unescape(ReadOnlySpan<byte> encoded, byte escape, bool underscoreIsSpace)
    {
        var bytes = new byte[encoded.Length];
        int count = 0;
        for (int i = 0; i < encoded.Length; i++)
        {
            byte b = encoded[i];
            if (b == escape)
            {
                if (i + 2 >= encoded.Length ||
                    !byte.TryParse(encoded.Slice(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out bytes[count]))
                {
                    return null;
                }

                count++;
                i += 2;
                continue;
            }

            bytes[count++] = underscoreIsSpace && b == (byte)'_' ? (byte)' ' : b;
        }

        return bytes[..count];
    }

    private static string? DecodeEncodedWord(ReadOnlySpan<byte> raw)
    {
        if (raw.Length < 8 || !raw.StartsWith("=?"u8) || !raw.EndsWith("?="u8))
        {
            return null;
        }

        var inner = raw[2..^2];
        int first = inner.IndexOf((byte)'?');
        int second = first < 0 ? -1 : inner[(first + 1)..].IndexOf((byte)'?');
        if (second != 1)
        {
            return null;
        }

        var charset = inner[..first];
        int language = charset.IndexOf((byte)'*');
        charset = language < 0 ? charset : charset[..language];
        var payload = inner[(first + 3)..];
        if ((!Ascii.EqualsIgnoreCase(charset, "utf-8"u8) && !Ascii.EqualsIgnoreCase(charset, "us-ascii"u8)) || payload.IndexOf((byte)'?') >= 0)
        {
            return null;
        }

        byte[]? bytes = inner[first + 1] switch
        {
            (byte)'B' or (byte)'b' => Base64Decode(payload),
            (byte)'Q' or (byte)'q' => QDecode(payload),
            _ => null,
        };
        return bytes is not null && Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
    }

    private static byte[]? Base64Decode(ReadOnlySpan<byte> payload)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(payload.Length)];
        return Base64.DecodeFromUtf8(payload, bytes, out _, out int written) == OperationStatus.Done ? bytes[..written] : null;
    }

    private static byte[]? QDecode(ReadOnlySpan<byte> payload) => Unescape(payload, (byte)'=', underscoreIsSpace: true);
}
