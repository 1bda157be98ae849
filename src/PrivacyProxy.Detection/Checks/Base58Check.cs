using System.Security.Cryptography;

namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Base58Check (Bitcoin Core base58.cpp): the Base58 value decodes to a payload followed by the first four bytes of
/// SHA-256(SHA-256(payload)). Covers P2PKH/P2SH addresses, WIF keys and extended keys.
/// </summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int MaxChars = 120;
    private const int MaxBytes = 90; // 120 * log(58) / log(256) rounded up

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length is < 6 or > MaxChars)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[MaxBytes];
        var length = Decode(value, buffer);
        if (length < 5)
        {
            return false;
        }

        var decoded = buffer[(MaxBytes - length)..];
        var payload = decoded[..^4];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(payload, hash);
        SHA256.HashData(hash, hash);
        return hash[..4].SequenceEqual(decoded[^4..]);
    }

    /// <summary>Decodes big-endian into the end of <paramref name="buffer"/>; returns the byte count or -1.</summary>
    private static int Decode(ReadOnlySpan<char> value, Span<byte> buffer)
    {
        buffer.Clear();
        var leadingZeros = 0;
        while (leadingZeros < value.Length && value[leadingZeros] == '1')
        {
            leadingZeros++;
        }

        var used = 0; // significant bytes at the end of the buffer
        foreach (var ch in value)
        {
            var carry = ch < 128 ? Alphabet.IndexOf(ch) : -1;
            if (carry < 0)
            {
                return -1;
            }

            var i = 0;
            for (var k = buffer.Length - 1; k >= 0 && (carry != 0 || i < used); k--, i++)
            {
                carry += 58 * buffer[k];
                buffer[k] = (byte)carry;
                carry >>= 8;
            }

            used = i;
        }

        var total = used + leadingZeros;
        return total <= buffer.Length ? total : -1;
    }
}
