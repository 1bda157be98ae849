using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace PrivacyProxy.Proxy.Headers;

/// <summary>
/// The caller's own credential, forwarded only when the proxy has no upstream key: <c>Authorization: Bearer
/// &lt;token68&gt;</c> and <c>x-api-key: &lt;token&gt;</c>, one line each. Anything else in those headers (other
/// schemes, spaces, several values) is not a key the upstream would take, so it does not leave.
/// </summary>
internal static partial class CallerCredentialHeaders
{
    public const string ApiKey = "x-api-key";

    /// <summary>The Authorization value to forward, or null.</summary>
    public static string? ForwardableAuthorization(StringValues values) =>
        values.Count == 1 && values[0] is { Length: <= MaxLength } value && Bearer().IsMatch(value) ? value : null;

    /// <summary>The x-api-key value to forward, or null.</summary>
    public static string? ForwardableApiKey(StringValues values) =>
        values.Count == 1 && values[0] is { Length: <= MaxLength } value && Token().IsMatch(value) ? value : null;

    private const int MaxLength = 1024;

    // RFC 9110 section 11 token68 after the Bearer scheme (RFC 6750).
    [GeneratedRegex(@"^[Bb][Ee][Aa][Rr][Ee][Rr] [A-Za-z0-9\-._~+/]+=*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"^[A-Za-z0-9\-._~+/=]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
