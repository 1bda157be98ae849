using PrivacyProxy.Pipeline;
using Yarp.ReverseProxy;

namespace PrivacyProxy.Preview;

/// <summary>Finds the proxy route a preview names: the POST route whose path is the rest of the preview URL.</summary>
internal static class PreviewRouteFinder
{
    /// <summary>The route for <paramref name="path"/> (a route's exact <c>Match:Path</c>, any case); null when none.</summary>
    public static RouteDescriptor? Find(IProxyStateLookup proxyState, string path)
    {
        foreach (var route in proxyState.GetRoutes())
        {
            var config = route.Config;
            bool takesPost = config.Match.Methods is null || config.Match.Methods.Contains("POST", StringComparer.OrdinalIgnoreCase);
            if (takesPost && string.Equals(config.Match.Path, path, StringComparison.OrdinalIgnoreCase) &&
                RouteDescriptor.TryCreate(config, out var descriptor, out _) && descriptor.Protocol is not null)
            {
                return descriptor;
            }
        }

        return null;
    }
}
