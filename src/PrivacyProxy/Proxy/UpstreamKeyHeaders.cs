using PrivacyProxy.Protocols;
using Yarp.ReverseProxy.Configuration;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Picks, per route, how the proxy's upstream key goes out: only to the <c>hosted</c> cluster, as <c>x-api-key</c>
/// on routes that speak Anthropic (DeepSeek's Anthropic endpoint takes either header; Anthropic clients send this
/// one) and as a bearer token elsewhere.
/// </summary>
internal static class UpstreamKeyHeaders
{
    /// <summary>The cluster of the hosted API, the only one the upstream key is meant for.</summary>
    public const string HostedCluster = "hosted";

    /// <summary>The header style for <paramref name="route"/>.</summary>
    public static UpstreamKeyHeader For(RouteConfig route)
    {
        if (!string.Equals(route.ClusterId, HostedCluster, StringComparison.Ordinal))
        {
            return UpstreamKeyHeader.None;
        }

        return Pipeline.RouteDescriptor.Of(route).Dialect == ErrorDialect.Anthropic ? UpstreamKeyHeader.ApiKey : UpstreamKeyHeader.Bearer;
    }
}
