namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Splits a <c>multipart/form-data</c> body into parts (RFC 2046 section 5.1.1, RFC 7578), strictly: the body starts
/// with the first boundary (no preamble), every boundary is followed by optional padding and CRLF or by the closing
/// <c>--</c>, and nothing but a CRLF follows the close. A delimiter followed by anything else is refused rather than
/// guessed at, so the proxy never splits a body differently from the upstream.
/// </summary>
internal static class MultipartReader
{
    /// <summary>Returns the parts of <paramref name="body"/>, whose delimiter is <c>CRLF "--" boundary</c>.</summary>
    /// <exception cref="ProtocolException">400 for any malformed body.</exception>
    public static List<MultipartPart> Read(ReadOnlySpan<byte> body, ReadOnlySpan<byte> delimiter)
    {
        var dashBoundary = delimiter[2..];
        if (!body.StartsWith(dashBoundary))
        {
            throw MultipartErrors.Malformed("the body must start with the boundary given in the Content-Type.");
        }

        var parts = new List<MultipartPart>();
        int pos = dashBoundary.Length;
        while (true)
        {
            if (body[pos..].StartsWith("--"u8))
            {
                CheckEpilogue(body[(pos + 2)..]);
                break;
            }

            pos += HttpSyntax.CountWhitespace(body[pos..]);
            if (!body[pos..].StartsWith("\r\n"u8))
            {
                throw MultipartErrors.Malformed("a boundary is followed by something other than a line break or '--'.");
            }

            pos += 2;
            if (parts.Count == MultipartLimits.MaxParts)
            {
                throw MultipartErrors.Malformed($"more than {MultipartLimits.MaxParts} parts.");
            }

            int next = body[pos..].IndexOf(delimiter);
            if (next < 0)
            {
                throw MultipartErrors.Malformed($"part {parts.Count + 1} is not closed by a boundary.");
            }

            parts.Add(ReadPart(body, pos, pos + next, parts.Count));
            pos += next + delimiter.Length;
        }

        if (parts.Count == 0)
        {
            throw MultipartErrors.Malformed("the body has no parts.");
        }

        return parts;
    }

    private static MultipartPart ReadPart(ReadOnlySpan<byte> body, int start, int end, int index)
    {
        var part = new MultipartPart { Index = index };
        var content = body[start..end];
        int window = Math.Min(content.Length, MultipartLimits.MaxHeaderBytes + 4);
        int headerEnd = content[..window].IndexOf("\r\n\r\n"u8);
        if (content.StartsWith("\r\n"u8))
        {
            throw MultipartErrors.MalformedPart(index, "no Content-Disposition header.");
        }

        if (headerEnd < 0)
        {
            throw MultipartErrors.MalformedPart(index, window < content.Length
                ? $"the headers are longer than {MultipartLimits.MaxHeaderBytes} bytes."
                : "the headers are not ended by a blank line.");
        }

        PartHeaderParser.Parse(body, start, start + headerEnd, part);
        part.BodyStart = start + headerEnd + 4;
        part.BodyEnd = end;
        if (part.ContentLength is { } length &&
            (!int.TryParse(length.Text, out int declared) || declared != part.BodyEnd - part.BodyStart))
        {
            throw MultipartErrors.MalformedPart(index, "the part Content-Length does not match its content.");
        }

        return part;
    }

    private static void CheckEpilogue(ReadOnlySpan<byte> rest)
    {
        rest = rest[HttpSyntax.CountWhitespace(rest)..];
        if (!rest.IsEmpty && !rest.SequenceEqual("\r\n"u8))
        {
            throw MultipartErrors.Malformed("unexpected bytes after the closing boundary.");
        }
    }
}
