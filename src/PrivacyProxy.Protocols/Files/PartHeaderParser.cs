using System.Text;
using System.Text.Unicode;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Parses the header block of one part strictly: CRLF lines, no folding, UTF-8, exactly one Content-Disposition,
/// at most one Content-Type, Content-Length and Content-Transfer-Encoding (identity codings only). Any other
/// header line is marked for removal.
/// </summary>
internal static class PartHeaderParser
{
    /// <summary>Parses the header lines at <c>[start, end)</c> (without the blank line) into <paramref name="part"/>.</summary>
    public static void Parse(ReadOnlySpan<byte> body, int start, int end, MultipartPart part)
    {
        var block = body[start..end];
        if (!Utf8.IsValid(block))
        {
            throw MultipartErrors.MalformedPart(part.Index, "the part headers are not valid UTF-8.");
        }

        bool disposition = false, type = false, encoding = false;
        int lines = 0;
        int lineStart = 0;
        while (lineStart <= block.Length)
        {
            int length = block[lineStart..].IndexOf("\r\n"u8);
            int lineEnd = length < 0 ? block.Length : lineStart + length;
            if (++lines > MultipartLimits.MaxHeaderLines)
            {
                throw MultipartErrors.MalformedPart(part.Index, $"more than {MultipartLimits.MaxHeaderLines} header lines.");
            }

            ParseLine(body, start + lineStart, start + lineEnd, part, ref disposition, ref type, ref encoding);
            lineStart = lineEnd + 2;
        }

        if (!disposition)
        {
            throw MultipartErrors.MalformedPart(part.Index, "no Content-Disposition header.");
        }
    }

    private static void ParseLine(
        ReadOnlySpan<byte> body, int start, int end, MultipartPart part, ref bool disposition, ref bool type, ref bool encoding)
    {
        var line = body[start..end];
        if (line.ContainsAny(HttpSyntax.LineBreakers))
        {
            throw MultipartErrors.MalformedPart(part.Index, "a header line contains NUL, a bare CR or a bare LF.");
        }

        int nameLength = HttpSyntax.TokenLength(line);
        if (nameLength == 0 || nameLength == line.Length || line[nameLength] != (byte)':')
        {
            // Also catches folded continuation lines, which start with a space or tab.
            throw MultipartErrors.MalformedPart(part.Index, "a header line is not of the form 'Name: value'.");
        }

        var name = line[..nameLength];
        int valueStart = nameLength + 1 + HttpSyntax.CountWhitespace(line[(nameLength + 1)..]);
        int valueEnd = line.Length;
        while (valueEnd > valueStart && line[valueEnd - 1] is (byte)' ' or (byte)'\t')
        {
            valueEnd--;
        }

        var value = line[valueStart..valueEnd];
        if (Ascii.EqualsIgnoreCase(name, "Content-Disposition"u8))
        {
            Once(ref disposition, part.Index, "Content-Disposition");
            ContentDispositionParser.Parse(body, start + valueStart, start + valueEnd, part);
        }
        else if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
        {
            Once(part.ContentLength is not null, part.Index, "Content-Length");
            if (value.IsEmpty || value.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
            {
                throw MultipartErrors.MalformedPart(part.Index, "Content-Length is not a number.");
            }

            part.ContentLength = new HeaderValue(start + valueStart, start + valueEnd, HeaderValueSyntax.Raw, HttpSyntax.Decode(value));
        }
        else if (Ascii.EqualsIgnoreCase(name, "Content-Transfer-Encoding"u8))
        {
            Once(ref encoding, part.Index, "Content-Transfer-Encoding");
            if (!Ascii.EqualsIgnoreCase(value, "binary"u8) && !Ascii.EqualsIgnoreCase(value, "8bit"u8) && !Ascii.EqualsIgnoreCase(value, "7bit"u8))
            {
                // Encoded content (base64, quoted-printable) would hide its text from the scanner.
                throw MultipartErrors.MalformedPart(part.Index, "only 7bit, 8bit and binary Content-Transfer-Encoding are accepted.");
            }
        }
        else if (Ascii.EqualsIgnoreCase(name, "Content-Type"u8))
        {
            Once(ref type, part.Index, "Content-Type");
            part.ContentType = HttpSyntax.Decode(value);

            // Forwarded, so its value is scanned like any text.
            part.Extras.Add(ParameterValueCodec.Decode(body, start + valueStart, start + valueEnd, HeaderValueSyntax.Raw, extended: false, part.Index));
        }
        else
        {
            // No files API reads other part headers; the whole line stays behind (with its CRLF, which every header
            // line has: the block is followed by the blank line), so neither name nor value can carry text out.
            part.Removals.Add((start, end + 2));
        }
    }

    private static void Once(ref bool seen, int index, string header)
    {
        Once(seen, index, header);
        seen = true;
    }

    private static void Once(bool seen, int index, string header)
    {
        if (seen)
        {
            throw MultipartErrors.MalformedPart(index, $"the {header} header appears more than once.");
        }
    }
}
