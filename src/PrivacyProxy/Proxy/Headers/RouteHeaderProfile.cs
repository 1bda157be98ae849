using PrivacyProxy.Protocols;
using PrivacyProxy.Protocols.Files;
using Yarp.ReverseProxy.Configuration;

namespace PrivacyProxy.Proxy.Headers;

/// <summary>What a route lets leave in headers: its body's Content-Type, and whether it speaks Anthropic.</summary>
/// <param name="Body">The route's request body kind.</param>
/// <param name="Anthropic">True on Anthropic-format routes, the only ones <c>anthropic-*</c> headers go to.</param>
internal readonly record struct RouteHeaderProfile(RouteBody Body, bool Anthropic)
{
    /// <summary>The profile of <paramref name="route"/>, from its protocol and error dialect.</summary>
    public static RouteHeaderProfile Of(RouteConfig route)
    {
        WireProtocolRegistry.TryResolve(WireProtocolRegistry.NameOf(route), out var protocol);
        var body = protocol switch
        {
            null => RouteBody.None,
            FileUploadProtocol => RouteBody.Multipart,
            _ => RouteBody.Json,
        };
        return new RouteHeaderProfile(body, RouteErrorDialect.Of(route) == ErrorDialect.Anthropic);
    }
}
