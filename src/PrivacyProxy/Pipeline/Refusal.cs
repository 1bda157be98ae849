using PrivacyProxy.Protocols;
using PrivacyProxy.Proxy;

namespace PrivacyProxy.Pipeline;

/// <summary>A request the proxy answers itself, in the route's error envelope; nothing is forwarded.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">The error code (envelope-specific field).</param>
/// <param name="Message">What the caller reads; never a value from the request.</param>
internal sealed record Refusal(int Status, string Code, string Message)
{
    public static Refusal From(ProtocolException e) => new(e.StatusCode, e.Code, e.Message);

    public Task WriteAsync(HttpContext context, ErrorDialect dialect) => ProxyErrors.WriteAsync(context, dialect, Status, Code, Message);
}
