using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Security;

/// <summary>
/// Decides how requests authenticate upstream: with the proxy's own key when it has one; otherwise with the
/// caller's own Authorization, but only when no client keys are configured (then the caller's header holds a
/// PrivacyProxy key, which must not leave). Validation makes the caller's-key mode loopback-only.
/// </summary>
internal sealed class UpstreamAuthentication
{
    public UpstreamAuthentication(IOptions<PrivacyProxyOptions> options)
    {
        var value = options.Value;
        ApiKey = string.IsNullOrWhiteSpace(value.Upstream.ApiKey) ? null : value.Upstream.ApiKey.Trim();
        Mode = ApiKey is not null ? UpstreamAuthenticationMode.ProxyKey
            : value.ClientKeys.Count == 0 ? UpstreamAuthenticationMode.CallerKey
            : UpstreamAuthenticationMode.None;
    }

    /// <summary>Which credentials go upstream.</summary>
    public UpstreamAuthenticationMode Mode { get; }

    /// <summary>The proxy's upstream key in <see cref="UpstreamAuthenticationMode.ProxyKey"/> mode.</summary>
    public string? ApiKey { get; }
}
