using System.Diagnostics;
using Yarp.ReverseProxy.Forwarder;

namespace PrivacyProxy.Proxy;

/// <summary>
/// YARP's upstream client with trace propagation switched off: otherwise the caller's <c>traceparent</c> (a
/// correlation id) would be re-emitted upstream. TLS validation, no cookies and no decompression stay as YARP sets them.
/// </summary>
internal sealed class UpstreamHttpClientFactory(ILogger<ForwarderHttpClientFactory> logger) : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ActivityHeadersPropagator = DistributedContextPropagator.CreateNoOutputPropagator();
    }
}
