using PrivacyProxy.Protocols;
using Yarp.ReverseProxy.Configuration;

namespace PrivacyProxy.Proxy;

/// <summary>
/// The error envelope a route answers in: its protocol's, or the route's <c>"ErrorDialect"</c> metadata
/// (<c>OpenAI</c>, <c>Anthropic</c>, <c>Ollama</c>), which body-less routes such as <c>GET /api/tags</c> need.
/// </summary>
internal static class RouteErrorDialect
{
    /// <summary>The route metadata key naming the error dialect.</summary>
    public const string MetadataKey = "ErrorDialect";

    /// <summary>Resolves the dialect; false when the metadata names an unknown one.</summary>
    public static bool TryResolve(RouteConfig route, IWireProtocol? protocol, out ErrorDialect dialect)
    {
        dialect = protocol?.Errors ?? ErrorDialect.OpenAI;
        if (route.Metadata is null || !route.Metadata.TryGetValue(MetadataKey, out var name))
        {
            return true;
        }

        // Names only: Enum.TryParse would also take "1".
        foreach (var candidate in Enum.GetValues<ErrorDialect>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                dialect = candidate;
                return true;
            }
        }

        return false;
    }
}
