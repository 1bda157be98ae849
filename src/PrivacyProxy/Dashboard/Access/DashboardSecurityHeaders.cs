using System.Security.Cryptography;
using System.Text;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// The headers every <c>/dashboard</c> response carries (pages, redirects, 401s, 404s): a CSP with no inline
/// script or style, no framing, no referrer, no sniffing, no caching, no camera, microphone or location.
/// </summary>
internal static class DashboardSecurityHeaders
{
    /// <summary>The Content-Security-Policy of every dashboard response (a page with an inline style uses <see cref="WithStyleHash"/>).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    /// <summary>
    /// <see cref="ContentSecurityPolicy"/> that also allows the one <c>&lt;style&gt;</c> element whose text is
    /// <paramref name="css"/> (by its SHA-256 hash; compute it once per constant).
    /// </summary>
    public static string WithStyleHash(string css)
    {
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        return ContentSecurityPolicy.Replace("style-src 'self'", $"style-src 'self' 'sha256-{hash}'", StringComparison.Ordinal);
    }

    /// <summary>Sets the headers on <paramref name="headers"/>, before anything else writes the response.</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
