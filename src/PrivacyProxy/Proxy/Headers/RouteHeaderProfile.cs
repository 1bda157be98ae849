using PrivacyProxy.Pipeline;
using PrivacyProxy.Protocols;
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
        var descriptor = RouteDescriptor.Of(route);
        var body = descriptor.BodyFormat switch
        {
            null => RouteBody.None,
            RequestBodyFormat.Multipart => RouteBody.Multipart,
            _ => RouteBody.Json,
        };
        return new RouteHeaderProfile(body, descriptor.Dialect == ErrorDialect.Anthropic);
    }
}
