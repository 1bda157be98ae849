using PrivacyProxy.Protocols;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Per-request state shared by the proxy's pipeline steps and transforms: who is calling, which protocol the route
/// speaks, and the redaction session the response side restores from.
/// </summary>
internal sealed class ScrubbingFeature(string routeId, IWireProtocol? protocol, ErrorDialect dialect, string callerId)
{
    /// <summary>The YARP route id (safe to log).</summary>
    public string RouteId { get; } = routeId;

    /// <summary>The route's protocol; null on body-less routes.</summary>
    public IWireProtocol? Protocol { get; } = protocol;

    /// <summary>The client key id, or <see cref="Security.CallerIdentity.Anonymous"/>.</summary>
    public string CallerId { get; } = callerId;

    /// <summary>The error envelope the route's clients understand.</summary>
    public ErrorDialect Dialect { get; } = dialect;

    /// <summary>Set once the request body was scrubbed; the response is restored from it.</summary>
    public RedactionSession? Session { get; set; }

    /// <summary>Length of the rewritten request body, when there is one.</summary>
    public long? BodyLength { get; set; }
}
