using System.Buffers;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Checks that a value resent verbatim as provider ciphertext (Anthropic thinking <c>signature</c>,
/// <c>redacted_thinking.data</c>, <c>encrypted_content</c>, <c>encrypted_index</c>) has the shape the provider
/// issues: base64 (standard or URL-safe), of a plausible length, whose bytes are not text. Anything else could
/// carry caller text past the scanner, so it is refused rather than passed.
/// </summary>
internal static class OpaqueBlob
{
    /// <summary>Longest blob accepted, in characters (encrypted reasoning of a long turn stays well below).</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    /// <summary>Decoded bytes below this are too few to judge randomness; longer ones must not read as text.</summary>
    private const int MinJudgedBytes = 6;

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_");

    /// <summary>True when <paramref name="value"/> looks like provider ciphertext (an empty value carries nothing).</summary>
    public static bool IsPlausible(string value)
    {
        ReadOnlySpan<char> body = value.AsSpan().TrimEnd('=');
        if (value.Length > MaxLength || value.Length - body.Length > 2 || body.ContainsAnyExcept(Alphabet))
        {
            return false;
        }

        return !DecodesToText(body);
    }

    /// <summary>
    /// True when the decoded bytes are mostly printable ASCII: ciphertext is uniformly random (about 37% printable),
    /// while base64 of a caller's text is nearly all printable.
    /// </summary>
    private static bool DecodesToText(ReadOnlySpan<char> body)
    {
        int usable = body.Length - (body.Length % 4 == 1 ? 1 : 0);
        byte[] rented = ArrayPool<byte>.Shared.Rent((usable * 3 / 4) + 3);
        try
        {
            int written = Decode(body[..usable], rented);
            if (written < MinJudgedBytes)
            {
                return false;
            }

            int printable = 0;
            foreach (byte b in rented.AsSpan(0, written))
            {
                if (b is >= 0x20 and < 0x7F or (byte)'\t' or (byte)'\n' or (byte)'\r')
                {
                    printable++;
                }
            }

            return printable * 5 >= written * 4;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes either alphabet, padded or not (URL-safe characters are mapped to the standard ones).</summary>
    private static int Decode(ReadOnlySpan<char> body, byte[] output)
    {
        int padded = (body.Length + 3) / 4 * 4;
        char[] rented = ArrayPool<char>.Shared.Rent(padded);
        try
        {
            Span<char> standard = rented.AsSpan(0, padded);
            body.CopyTo(standard);
            standard[body.Length..].Fill('=');
            standard.Replace('-', '+');
            standard.Replace('_', '/');
            return Convert.TryFromBase64Chars(standard, output, out int written) ? written : 0;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
