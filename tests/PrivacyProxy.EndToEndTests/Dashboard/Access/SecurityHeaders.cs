namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>The headers every dashboard answer must carry, whatever its status.</summary>
internal static class SecurityHeaders
{
    public static void ShouldBeOn(HttpResponseMessage response)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : "";

        string status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string csp = Header("Content-Security-Policy");
        foreach (string directive in new[]
        {
            "default-src 'none'", "script-src 'self'", "img-src 'self' data:", "connect-src 'self'", "form-action 'self'",
            "frame-ancestors 'none'", "base-uri 'none'",
        })
        {
            csp.Should().Contain(directive, "on a {0}", status);
        }

        csp.Should().MatchRegex(@"style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;").And.NotContain("unsafe-inline");
        Header("X-Frame-Options").Should().Be("DENY", "on a {0}", status);
        Header("Referrer-Policy").Should().Be("no-referrer");
        Header("X-Content-Type-Options").Should().Be("nosniff");
        Header("Cache-Control").Should().Contain("no-store");
        Header("Permissions-Policy").Should().Contain("camera=()").And.Contain("microphone=()").And.Contain("geolocation=()");
    }
}
