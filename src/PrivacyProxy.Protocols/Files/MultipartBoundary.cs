using System.Buffers;
using System.Text;

namespace PrivacyProxy.Protocols.Files;

/// <summary>Reads and validates the boundary of a <c>multipart/form-data</c> Content-Type (RFC 2046 section 5.1.1).</summary>
internal static class MultipartBoundary
{
    private static readonly SearchValues<char> BoundaryChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'()+_,-./:=? ");

    // Boundary characters that may stand unquoted (RFC 9110 tchar); the others need quotes.
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'+_-.");

    /// <summary>True when the Content-Type essence is <c>multipart/form-data</c>.</summary>
    public static bool IsFormData(string? contentType) =>
        MediaTypes.Essence(contentType).Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the delimiter bytes <c>CRLF "--" boundary</c> of a boundary from <see cref="Parse"/>.</summary>
    public static byte[] Delimiter(string boundary) => Encoding.ASCII.GetBytes("\r\n--" + boundary);

    /// <summary>
    /// The Content-Type to forward: <c>multipart/form-data; boundary=…</c> and nothing else, byte for byte when the
    /// header already is that; null when the header is not a valid form-data type.
    /// </summary>
    public static string? Forwardable(string? contentType)
    {
        string boundary;
        try
        {
            boundary = Parse(contentType);
        }
        catch (ProtocolException)
        {
            return null;
        }

        // Either quoting is the same header (.NET quotes every boundary); anything else is rebuilt.
        string quoted = $"multipart/form-data; boundary=\"{boundary}\"";
        string bare = "multipart/form-data; boundary=" + boundary;
        if (string.Equals(contentType, quoted, StringComparison.OrdinalIgnoreCase) ||
            (string.Equals(contentType, bare, StringComparison.OrdinalIgnoreCase) && !boundary.AsSpan().ContainsAnyExcept(TokenChars)))
        {
            return contentType;
        }

        return boundary.AsSpan().ContainsAnyExcept(TokenChars) ? quoted : bare;
    }

    /// <summary>Returns the boundary parameter of <paramref name="contentType"/>.</summary>
    /// <exception cref="ProtocolException">415 not form data; 400 missing, repeated or invalid boundary.</exception>
    public static string Parse(string? contentType)
    {
        if (!IsFormData(contentType))
        {
            throw MultipartErrors.NotMultipart();
        }

        string? boundary = null;
        var parameters = contentType.AsSpan(contentType!.IndexOf(';') + 1);
        while (!parameters.IsEmpty)
        {
            var (name, value) = NextParameter(ref parameters);
            if (name.Equals("boundary", StringComparison.OrdinalIgnoreCase))
            {
                if (boundary is not null)
                {
                    throw MultipartErrors.Malformed("the Content-Type has more than one boundary parameter.");
                }

                boundary = value;
            }
        }

        if (boundary is null)
        {
            throw MultipartErrors.Malformed("the Content-Type has no boundary parameter.");
        }

        if (boundary.Length is 0 or > MultipartLimits.MaxBoundaryLength ||
            boundary.AsSpan().ContainsAnyExcept(BoundaryChars) || boundary[^1] == ' ')
        {
            throw MultipartErrors.Malformed(
                $"the boundary must be 1 to {MultipartLimits.MaxBoundaryLength} characters from the RFC 2046 set, not ending in a space.");
        }

        return boundary;
    }

    private static (string Name, string Value) NextParameter(ref ReadOnlySpan<char> text)
    {
        text = text.TrimStart(" \t");
        int equals = text.IndexOfAny('=', ';');
        if (equals < 0 || text[equals] == ';')
        {
            // A parameter without a value is not part of the grammar.
            throw MultipartErrors.Malformed("the Content-Type has a parameter without a value.");
        }

        string name = text[..equals].Trim(" \t").ToString();
        text = text[(equals + 1)..].TrimStart(" \t");
        string value;
        if (!text.IsEmpty && text[0] == '"')
        {
            int close = text[1..].IndexOfAny('"', '\\');
            if (close < 0 || text[1 + close] == '\\')
            {
                throw MultipartErrors.Malformed("the Content-Type has an unterminated or escaped quoted parameter.");
            }

            value = text.Slice(1, close).ToString();
            text = text[(close + 2)..];
        }
        else
        {
            int end = text.IndexOf(';');
            value = (end < 0 ? text : text[..end]).TrimEnd(" \t").ToString();
            text = end < 0 ? [] : text[end..];
            if (value.AsSpan().ContainsAny(" \t\""))
            {
                throw MultipartErrors.Malformed("the Content-Type has an unquoted parameter containing spaces or quotes.");
            }
        }

        text = text.TrimStart(" \t");
        if (!text.IsEmpty && text[0] != ';')
        {
            throw MultipartErrors.Malformed("the Content-Type has unexpected characters after a parameter.");
        }

        text = text.IsEmpty ? [] : text[1..];
        return (name, value);
    }
}
