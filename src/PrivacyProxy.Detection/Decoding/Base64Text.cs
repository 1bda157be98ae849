using System.Buffers;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Decodes a base64 run (standard or URL-safe alphabet, padded or not, wrapped over lines) to text, checking a
/// short prefix first so binary payloads are rejected before the whole run is decoded.
/// </summary>
internal static class Base64Text
{
    public static bool TryDecode(ReadOnlySpan<char> run, out string text)
    {
        text = "";
        var chars = ArrayPool<char>.Shared.Rent(run.Length + 3);
        try
        {
            var length = Canonicalise(run, chars);
            if (length == 0)
            {
                return false;
            }

            var canonical = chars.AsSpan(0, length);
            const int prefixChars = PlausibleText.PrefixBytes / 3 * 4;
            if (length > prefixChars)
            {
                Span<byte> head = stackalloc byte[PlausibleText.PrefixBytes];
                if (!Convert.TryFromBase64Chars(canonical[..prefixChars], head, out var headBytes)
                    || !PlausibleText.PrefixMayBeText(head[..headBytes]))
                {
                    return false;
                }
            }

            var bytes = ArrayPool<byte>.Shared.Rent((length / 4 * 3) + 3);
            try
            {
                return Convert.TryFromBase64Chars(canonical, bytes, out var written)
                    && PlausibleText.TryGetText(bytes.AsSpan(0, written), out text);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Drops line breaks and indentation, maps the URL-safe alphabet to the standard one and restores padding;
    // 0 when the run cannot be base64 (a length of 4n+1, '=' before the end).
    private static int Canonicalise(ReadOnlySpan<char> run, Span<char> into)
    {
        var length = 0;
        var padding = 0;
        foreach (var c in run)
        {
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n':
                    continue;
                case '=':
                    padding++;
                    continue;
                case '-':
                    into[length++] = '+';
                    break;
                case '_':
                    into[length++] = '/';
                    break;
                default:
                    into[length++] = c;
                    break;
            }

            if (padding > 0)
            {
                return 0;
            }
        }

        if (length % 4 == 1 || padding > 2)
        {
            return 0;
        }

        while (length % 4 != 0)
        {
            into[length++] = '=';
        }

        return length;
    }
}
