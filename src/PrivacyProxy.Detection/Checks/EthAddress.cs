namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Ethereum account addresses (Ethereum yellow paper; EIP-55): 0x and 40 hex digits, not one repeated digit; a
/// mixed-case address must carry a valid EIP-55 checksum, all-lower and all-upper ones carry none.
/// </summary>
internal static class EthAddress
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 42 || value[0] != '0' || value[1] is not ('x' or 'X'))
        {
            return false;
        }

        var hex = value[2..];
        if (!hex.ContainsAnyExcept(hex[0]))
        {
            return false;
        }

        var hasLower = false;
        var hasUpper = false;
        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            hasLower |= c is >= 'a' and <= 'f';
            hasUpper |= c is >= 'A' and <= 'F';
        }

        return !(hasLower && hasUpper) || HasEip55Checksum(hex);
    }

    private static bool HasEip55Checksum(ReadOnlySpan<char> hex)
    {
        Span<byte> lower = stackalloc byte[40];
        for (var i = 0; i < 40; i++)
        {
            lower[i] = (byte)char.ToLowerInvariant(hex[i]);
        }

        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(lower, hash);
        for (var i = 0; i < 40; i++)
        {
            if (!char.IsAsciiLetter(hex[i]))
            {
                continue;
            }

            var nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0xF;
            if (char.IsAsciiLetterUpper(hex[i]) != (nibble >= 8))
            {
                return false;
            }
        }

        return true;
    }
}
