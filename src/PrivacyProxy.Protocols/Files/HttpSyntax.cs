using System.Buffers;
using System.Text;

namespace PrivacyProxy.Protocols.Files;

/// <summary>Byte-level pieces of the HTTP header grammar (RFC 9110) the part header parser needs.</summary>
internal static class HttpSyntax
{
    /// <summary>Token characters (<c>tchar</c>).</summary>
    public static readonly SearchValues<byte> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    /// <summary>Bytes never allowed inside a header line: NUL, bare CR, bare LF.</summary>
    public static readonly SearchValues<byte> LineBreakers = SearchValues.Create([0, (byte)'\r', (byte)'\n']);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Number of leading space and tab bytes.</summary>
    public static int CountWhitespace(ReadOnlySpan<byte> text)
    {
        int i = 0;
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>Length of the token at the start of <paramref name="text"/> (0 when none).</summary>
    public static int TokenLength(ReadOnlySpan<byte> text)
    {
        int stop = text.IndexOfAnyExcept(TokenChars);
        return stop < 0 ? text.Length : stop;
    }

    /// <summary>Decodes header bytes already checked to be valid UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => StrictUtf8.GetString(bytes);
}
