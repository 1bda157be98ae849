using System.Buffers;

namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// IPv6 addresses in RFC 4291 text form (groups of 1-4 hex digits, one "::", optional embedded IPv4 and zone),
/// other than the loopback ::1 and the unspecified ::, also when written as IPv4-mapped loopback/unspecified.
/// </summary>
internal static class Ipv6
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<ushort> groups = stackalloc ushort[8];
        return TryParse(value, groups) && !IsLoopbackOrUnspecified(groups);
    }

    public static bool TryParse(ReadOnlySpan<char> value, Span<ushort> groups)
    {
        var zone = value.IndexOf('%');
        if (zone >= 0)
        {
            if (zone == value.Length - 1)
            {
                return false;
            }

            value = value[..zone];
        }

        groups.Clear();
        var gap = value.IndexOf("::");
        if (gap < 0)
        {
            return ParseGroups(value, groups) == 8;
        }

        var head = value[..gap];
        var tail = value[(gap + 2)..];
        if (tail.Contains("::", StringComparison.Ordinal))
        {
            return false;
        }

        Span<ushort> tailGroups = stackalloc ushort[8];
        var headCount = ParseGroups(head, groups);
        var tailCount = ParseGroups(tail, tailGroups);
        if (headCount < 0 || tailCount < 0 || headCount + tailCount > 7 || (headCount > 0 && ContainsDot(head)))
        {
            return false;
        }

        tailGroups[..tailCount].CopyTo(groups[(8 - tailCount)..]);
        return true;
    }

    private static bool ContainsDot(ReadOnlySpan<char> s) => s.Contains('.');

    /// <summary>Parses colon-separated groups, the last of which may be a dotted IPv4; returns the group count or -1.</summary>
    private static int ParseGroups(ReadOnlySpan<char> s, Span<ushort> groups)
    {
        if (s.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        while (true)
        {
            var colon = s.IndexOf(':');
            var part = colon < 0 ? s : s[..colon];
            if (colon < 0 && part.Contains('.'))
            {
                Span<byte> octets = stackalloc byte[4];
                if (count > 6 || !Ipv4.TryParse(part, octets))
                {
                    return -1;
                }

                groups[count++] = (ushort)((octets[0] << 8) | octets[1]);
                groups[count++] = (ushort)((octets[2] << 8) | octets[3]);
                return count;
            }

            if (part.Length is 0 or > 4 || count == 8 || part.ContainsAnyExcept(HexDigits))
            {
                return -1;
            }

            groups[count++] = ushort.Parse(part, System.Globalization.NumberStyles.AllowHexSpecifier);
            if (colon < 0)
            {
                return count;
            }

            s = s[(colon + 1)..];
        }
    }

    private static bool IsLoopbackOrUnspecified(ReadOnlySpan<ushort> g)
    {
        if (g[..5].ContainsAnyExcept((ushort)0))
        {
            return false;
        }

        if (g[5] == 0 && g[6] == 0)
        {
            return g[7] is 0 or 1;
        }

        // IPv4-mapped (::ffff:a.b.c.d): judge the embedded IPv4 address.
        return g[5] == 0xFFFF && ((g[6] >> 8) == 127 || (g[6] == 0 && g[7] == 0));
    }
}
