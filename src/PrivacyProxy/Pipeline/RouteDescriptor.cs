using PrivacyProxy.Protocols;
using PrivacyProxy.Proxy;
using Yarp.ReverseProxy.Configuration;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Stage 1's output: what the matched route is, resolved once from its configuration (safe to log; immutable).
/// </summary>
/// <param name="RouteId">The YARP route id.</param>
/// <param name="ProtocolName">The protocol name from the route's metadata (<see cref="WireProtocolRegistry.None"/> for body-less routes).</param>
/// <param name="Protocol">The protocol; null on body-less routes.</param>
/// <param name="Dialect">The error envelope the route's clients understand.</param>
/// <param name="ClusterId">The cluster the route forwards to by default (<c>hosted</c> or <c>local</c>).</param>
internal sealed record RouteDescriptor(string RouteId, string ProtocolName, IWireProtocol? Protocol, ErrorDialect Dialect, string ClusterId)
{
    /// <summary>The route metadata key naming the protocol.</summary>
    public const string ProtocolMetadataKey = "Protocol";

    /// <summary>The request body format the route takes; null on body-less routes.</summary>
    public RequestBodyFormat? BodyFormat => Protocol?.RequestFormat;

    /// <summary>Resolves <paramref name="route"/>; a problem naming the bad metadata otherwise.</summary>
    public static bool TryCreate(RouteConfig route, out RouteDescriptor descriptor, out string? problem)
    {
        descriptor = null!;
        string? name = route.Metadata is not null && route.Metadata.TryGetValue(ProtocolMetadataKey, out var value) ? value : null;
        if (!WireProtocolRegistry.TryResolve(name, out var protocol))
        {
            problem = $"Route '{route.RouteId}': metadata '{ProtocolMetadataKey}' must be one of {string.Join(", ", WireProtocolRegistry.Names)}.";
            return false;
        }

        if (!RouteErrorDialect.TryResolve(route, protocol, out var dialect))
        {
            problem = $"Route '{route.RouteId}': metadata '{RouteErrorDialect.MetadataKey}' must be one of {string.Join(", ", Enum.GetNames<ErrorDialect>())}.";
            return false;
        }

        problem = null;
        descriptor = new RouteDescriptor(route.RouteId, name!, protocol, dialect, route.ClusterId ?? "");
        return true;
    }

    /// <summary>The descriptor of a route that passed the configuration filter.</summary>
    public static RouteDescriptor Of(RouteConfig route) =>
        TryCreate(route, out var descriptor, out var problem) ? descriptor : throw new InvalidOperationException(problem);
}
