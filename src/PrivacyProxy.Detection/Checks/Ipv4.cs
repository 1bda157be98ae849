namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// IPv4 addresses in dotted-quad form (RFC 791, RFC 6943 section 3.1.1: no leading zeros), other than loopback
/// (127.0.0.0/8, RFC 1122) and the unspecified address 0.0.0.0.
/// </summary>
internal static class Ipv4
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> octets = stackalloc byte[4];
        return TryParse(value, octets) && octets[0] != 127 && !(octets[0] == 0 && octets[1] == 0 && octets[2] == 0 && octets[3] == 0);
    }

    /// <summary>Parses four dot-separated decimal octets without leading zeros into <paramref name="octets"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, Span<byte> octets)
    {
        var index = 0;
        for (var part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (index >= value.Length || value[index] != '.')
                {
                    return false;
                }

                index++;
            }

            var start = index;
            var number = 0;
            while (index < value.Length && char.IsAsciiDigit(value[index]) && index - start < 3)
            {
                number = (number * 10) + (value[index] - '0');
                index++;
            }

            var length = index - start;
            if (length == 0 || number > 255 || (length > 1 && value[start] == '0'))
            {
                return false;
            }

            octets[part] = (byte)number;
        }

        return index == value.Length;
    }
}
