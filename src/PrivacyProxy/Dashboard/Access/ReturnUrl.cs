namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Where the login sends a user back: only a local path under <c>/dashboard</c>, so the login page cannot be used
/// as an open redirect (no <c>//host</c>, no scheme, no backslash, no dot segments); anything else is <c>/dashboard</c>.
/// </summary>
internal static class ReturnUrl
{
    public const string Default = DashboardEndpointRouteBuilderExtensions.Prefix;

    private const int MaxLength = 2048;

    public static string Sanitize(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || !url.StartsWith(Default, StringComparison.Ordinal))
        {
            return Default;
        }

        char next = url.Length > Default.Length ? url[Default.Length] : '/';
        if (next is not ('/' or '?')
            || url.Contains("//", StringComparison.Ordinal)
            || url.Contains('\\')
            // A Location header holds visible ASCII only; the login's own redirect percent-encodes everything else.
            || url.Any(static c => c is < '!' or > '~')
            || HasDotSegment(url)
            || url.StartsWith(DashboardChallenge.LoginPath, StringComparison.OrdinalIgnoreCase))
        {
            return Default;
        }

        return url;
    }

    // Browsers resolve "." and ".." (also written %2e) before requesting, which would leave /dashboard.
    private static bool HasDotSegment(string url)
    {
        string path = url.Split('?', 2)[0].Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
        return path.Split('/').Any(static segment => segment is "." or "..");
    }
}
