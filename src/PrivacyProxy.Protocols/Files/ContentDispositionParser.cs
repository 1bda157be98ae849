using System.Text;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Parses <c>form-data; name="..."; filename="..."</c> (RFC 7578 section 4.2) into a part. Quoted values are read
/// as browsers write them (no backslash unescaping); a quote after an odd run of backslashes is ambiguous between
/// parsers and is refused, so the proxy and the upstream always agree where a value ends. Encoded values
/// (<c>filename*=utf-8''…</c>, <c>"=?utf-8?B?…?="</c>) are decoded so their text is scanned, and RFC 2231
/// continued file names (<c>filename*0</c>, <c>filename*1*</c>, …) reassembled. Parameters the files APIs do not
/// define are marked for removal: their names, like their values, could carry text.
/// </summary>
internal static class ContentDispositionParser
{
    /// <summary>Reads the value at <c>[start, end)</c> of <paramref name="body"/> into <paramref name="part"/>.</summary>
    public static void Parse(ReadOnlySpan<byte> body, int start, int end, MultipartPart part)
    {
        var text = body[start..end];
        int pos = HttpSyntax.TokenLength(text);
        if (!Ascii.EqualsIgnoreCase(text[..pos], "form-data"u8))
        {
            throw MultipartErrors.MalformedPart(part.Index, "Content-Disposition must be 'form-data'.");
        }

        bool hasName = false;
        while (true)
        {
            pos += HttpSyntax.CountWhitespace(text[pos..]);
            if (pos == text.Length)
            {
                break;
            }

            if (text[pos] != (byte)';')
            {
                throw MultipartErrors.MalformedPart(part.Index, "Content-Disposition parameters must be separated by ';'.");
            }

            int parameterStart = pos;
            pos += 1 + HttpSyntax.CountWhitespace(text[(pos + 1)..]);
            int nameLength = HttpSyntax.TokenLength(text[pos..]);
            if (nameLength == 0 || pos + nameLength >= text.Length || text[pos + nameLength] != (byte)'=')
            {
                throw MultipartErrors.MalformedPart(part.Index, "a Content-Disposition parameter is not of the form name=value.");
            }

            var name = text.Slice(pos, nameLength);
            pos += nameLength + 1;
            var (valueStart, valueEnd, syntax) = ReadValue(text, ref pos, part.Index);
            if (Ascii.EqualsIgnoreCase(name, "name"u8))
            {
                Reject(hasName, part.Index, "name");
                hasName = true;
                part.Name = ParameterValueCodec.Decode(body, start + valueStart, start + valueEnd, syntax, extended: false, part.Index);
            }
            else if (Ascii.EqualsIgnoreCase(name, "filename"u8))
            {
                Reject(part.FileName is not null, part.Index, "filename");
                part.FileName = ParameterValueCodec.Decode(body, start + valueStart, start + valueEnd, syntax, extended: false, part.Index);
            }
            else if (Ascii.EqualsIgnoreCase(name, "filename*"u8))
            {
                Reject(part.FileNameExtended is not null, part.Index, "filename*");
                part.FileNameExtended = ParameterValueCodec.Decode(body, start + valueStart, start + valueEnd, syntax, extended: true, part.Index);
            }
            else if (ParameterContinuation.TryParseName(name, out var baseName, out int number, out bool extended) &&
                Ascii.EqualsIgnoreCase(baseName, "filename"u8))
            {
                part.FileNameSegments.Add(new ParameterSegment(
                    number, extended, syntax, start + valueStart, start + valueEnd, start + parameterStart, start + pos));
            }
            else
            {
                // Not part of the files APIs: the parameter (its name too, which no placeholder could replace) stays behind.
                part.Removals.Add((start + parameterStart, start + pos));
            }
        }

        if (!hasName)
        {
            throw MultipartErrors.MalformedPart(part.Index, "Content-Disposition has no 'name' parameter.");
        }

        if (part.FileNameSegments.Count > 0)
        {
            part.FileNameContinued = ParameterContinuation.Assemble(body, part.FileNameSegments, part.Index);
        }
    }

    /// <summary>Reads the value at <paramref name="pos"/>: its content range (inside quotes) and how it is written.</summary>
    private static (int Start, int End, HeaderValueSyntax Syntax) ReadValue(ReadOnlySpan<byte> text, ref int pos, int index)
    {
        if (pos < text.Length && text[pos] == (byte)'"')
        {
            int close = text[(pos + 1)..].IndexOf((byte)'"');
            if (close < 0)
            {
                throw MultipartErrors.MalformedPart(index, "a quoted Content-Disposition parameter is not closed.");
            }

            int contentStart = pos + 1;
            int contentEnd = contentStart + close;
            int backslashes = 0;
            while (backslashes < close && text[contentEnd - 1 - backslashes] == (byte)'\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 1)
            {
                throw MultipartErrors.MalformedPart(index, "a quoted Content-Disposition parameter contains an escaped quote.");
            }

            pos = contentEnd + 1;
            return (contentStart, contentEnd, HeaderValueSyntax.Quoted);
        }

        int tokenLength = HttpSyntax.TokenLength(text[pos..]);
        if (tokenLength == 0)
        {
            throw MultipartErrors.MalformedPart(index, "a Content-Disposition parameter has an empty value.");
        }

        int tokenStart = pos;
        pos += tokenLength;
        return (tokenStart, pos, HeaderValueSyntax.Token);
    }

    private static void Reject(bool duplicate, int index, string parameter)
    {
        if (duplicate)
        {
            throw MultipartErrors.MalformedPart(index, $"Content-Disposition repeats the '{parameter}' parameter.");
        }
    }
}
