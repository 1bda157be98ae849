using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PrivacyProxy.Egress;

/// <summary>
/// One spelling per host, so a <c>Host</c> header compares with configured names whatever the client wrote:
/// lower-case ASCII with internationalised labels as punycode (RFC 5891), no trailing root dot, IP addresses in
/// their standard text without brackets, IPv4-mapped IPv6 as IPv4.
/// </summary>
internal static class HostName
{
    /// <summary>The canonical form of a host without port; null when it is no host name or IP address.</summary>
    public static string? Normalize(string host)
    {
        if (host.StartsWith('[') || host.Contains(':'))
        {
            // Only IPv6 literals have colons once the port is gone; brackets are optional in configuration.
            string literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
            return IPAddress.TryParse(literal, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? Of(v6) : null;
        }

        if (host.EndsWith('.'))
        {
            host = host[..^1];
        }

        if (host.Length == 0)
        {
            return null;
        }

        if (IsDigitsAndDots(host))
        {
            // An all-numeric last label is never a DNS name (RFC 3696 section 2), so this is an IPv4 address or nothing.
            return IPAddress.TryParse(host, out var v4) ? Of(v4) : null;
        }

        string ascii;
        try
        {
            host = host.ToLowerInvariant();
            ascii = host.AsSpan().ContainsAnyExceptInRange('\0', '\x7f') ? new IdnMapping().GetAscii(host) : host;
        }
        catch (ArgumentException)
        {
            return null;
        }

        foreach (char c in ascii)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_'))
            {
                return null;
            }
        }

        return ascii.Contains("..", StringComparison.Ordinal) ? null : ascii;
    }

    /// <summary>The canonical form of an address.</summary>
    public static string Of(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private static bool IsDigitsAndDots(string host)
    {
        foreach (char c in host)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
