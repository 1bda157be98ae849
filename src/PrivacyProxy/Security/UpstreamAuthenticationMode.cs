namespace PrivacyProxy.Security;

/// <summary>Where the upstream credentials come from.</summary>
internal enum UpstreamAuthenticationMode
{
    /// <summary>The proxy's key (<c>DEEPSEEK_API_KEY</c> or <c>PrivacyProxy:Upstream:ApiKey</c>) replaces the caller's.</summary>
    ProxyKey,

    /// <summary>The caller's own Authorization / x-api-key is forwarded (loopback, no client keys).</summary>
    CallerKey,

    /// <summary>No credentials go upstream (client keys configured but no upstream key).</summary>
    None,
}
