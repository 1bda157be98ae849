using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Policy;
using PrivacyProxy.Protocols;
using PrivacyProxy.Proxy;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Reads (capped), decodes and scans one request through its route's protocol into a <see cref="ScanResult"/>,
/// without changing the request. Shared by the proxy pipeline and the preview endpoint, so both see the same body.
/// </summary>
internal static class RequestScanner
{
    /// <exception cref="ProtocolException">The body cannot be scanned (malformed, wrong type, unreadable media, too deep).</exception>
    /// <exception cref="BadHttpRequestException">The body is over the size limit.</exception>
    public static async Task<ScanResult> ScanAsync(
        HttpContext context, RouteDescriptor route, PolicyAssignment policies, RedactionSession session, RequestRewriteOptions rewriteOptions, int maxBodyBytes)
    {
        long started = Stopwatch.GetTimestamp();
        var request = context.Request;
        byte[]? original = null;
        byte[]? scrubbed = null;
        if (route.Protocol is { } protocol)
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
            {
                sizeLimit.MaxRequestBodySize = maxBodyBytes;
            }

            original = await RequestBodyDecoder.ReadAsync(request.Body, request.Headers.ContentEncoding, maxBodyBytes, context.RequestAborted);
            scrubbed = protocol.RewriteRequest(original, request.ContentType, session, rewriteOptions);
        }
        else if (HasBody(context))
        {
            // Nothing on this route is scanned, so a body could leave unscanned: refuse it.
            throw new ProtocolException(400, ProtocolErrorCodes.InvalidRequest, "This route does not accept a request body.");
        }

        QueryString query = request.QueryString;
        return new ScanResult(original, scrubbed, query, QueryScrubber.Scrub(query, session), session, Stopwatch.GetElapsedTime(started), policies);
    }

    private static bool HasBody(HttpContext context) =>
        context.Request.ContentLength > 0 ||
        (context.Request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
}
