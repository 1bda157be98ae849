using System.Globalization;
using System.Net;

namespace PrivacyProxy.Policy.Networks;

/// <summary>
/// An IPv4 or IPv6 network. IPv4-mapped IPv6 networks and addresses are read as the IPv4 ones they carry, so a
/// dual-stack listener's <c>::ffff:10.1.2.3</c> matches a <c>10.0.0.0/8</c> rule.
/// </summary>
internal sealed class CidrRange
{
    private readonly byte[] _network;

    private CidrRange(byte[] network, int prefixLength)
    {
        _network = network;
        PrefixLength = prefixLength;
    }

    /// <summary>Bits that must match: longer is more specific.</summary>
    public int PrefixLength { get; }

    /// <summary>
    /// <c>address/prefix</c> or a bare address (one host). Bits beyond the prefix are ignored, as routers do;
    /// null when the text is no network.
    /// </summary>
    public static CidrRange? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? trimmed : trimmed[..slash];
        // A zone (fe80::1%eth0) names an interface, not a network; IPAddress also takes "10.1" or "0x0a000001",
        // which nobody means in a network rule, so IPv4 must be four dotted decimals.
        if (addressText.Contains('%', StringComparison.Ordinal)
            || (!addressText.Contains(':', StringComparison.Ordinal) && !IsDottedQuad(addressText))
            || !IPAddress.TryParse(addressText, out var address))
        {
            return null;
        }

        var mapped = address.IsIPv4MappedToIPv6;
        var bytes = (mapped ? address.MapToIPv4() : address).GetAddressBytes();
        var bits = bytes.Length * 8;
        var prefix = bits;
        if (slash >= 0)
        {
            var prefixText = trimmed[(slash + 1)..];
            if (prefixText.Length is 0 or > 3 || !prefixText.All(char.IsAsciiDigit)
                || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out prefix))
            {
                return null;
            }

            prefix -= mapped ? 96 : 0;
            if (prefix < 0 || prefix > bits)
            {
                return null;
            }
        }

        Mask(bytes, prefix);
        return new CidrRange(bytes, prefix);
    }

    public bool Contains(IPAddress address)
    {
        var bytes = (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).GetAddressBytes();
        if (bytes.Length != _network.Length)
        {
            return false;
        }

        Mask(bytes, PrefixLength);
        return bytes.AsSpan().SequenceEqual(_network);
    }

    private static bool IsDottedQuad(string text)
    {
        var parts = text.Split('.');
        // No leading zeros: IPAddress reads "010" as octal.
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0'));
    }

    private static void Mask(byte[] bytes, int prefix)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
    }
}
