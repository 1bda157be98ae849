using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Detection;
using PrivacyProxy.Hosting;
using PrivacyProxy.Protocols;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Redaction;
using PrivacyProxy.Security;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Reads the request body (capped), decodes it, checks its type (JSON, or multipart/form-data on upload routes),
/// scrubs every user-controlled text through the route's protocol with a fresh <see cref="RedactionSession"/>, and
/// replaces the body with the result. Anything that cannot be scanned is answered with an error in the route's
/// envelope and nothing is forwarded.
/// Services come through <see cref="InvokeAsync"/> so that YARP building the pipeline at map time does not load
/// rules or options before start-up validation has run.
/// </summary>
internal sealed class ScrubbingMiddleware(RequestDelegate next, ILogger<ScrubbingMiddleware> logger)
{
    public async Task InvokeAsync(
        HttpContext context, IDetector detector, UserIdHasher userIds, IOptions<PrivacyProxyOptions> options)
    {
        var feature = context.Features.GetRequiredFeature<ScrubbingFeature>();
        int maxBodyBytes = options.Value.MaxRequestBodyBytes;
        bool forward;
        try
        {
            forward = feature.Protocol is null
                ? CheckBodyless(context, feature, detector)
                : await ScrubAsync(context, feature, feature.Protocol, detector, RewriteOptions(options.Value, userIds, feature.CallerId), maxBodyBytes);
        }
        catch (ProtocolException e)
        {
            Log.RequestRefused(logger, feature.RouteId, e.StatusCode, e.Code, e.Message);
            await ProxyErrors.WriteAsync(context, feature.Dialect, e);
            return;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Log.RequestRefused(logger, feature.RouteId, e.StatusCode, ProtocolErrorCodes.RequestTooLarge, "body over the limit");
            await ProxyErrors.WriteAsync(
                context, feature.Dialect, e.StatusCode, ProtocolErrorCodes.RequestTooLarge, $"The request body exceeds the limit of {maxBodyBytes} bytes.");
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            // Fail closed: a fault while reading or scanning never lets the request through.
            Log.ScanFailed(logger, feature.RouteId, e.GetType().Name);
            int status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            await ProxyErrors.WriteAsync(
                context, feature.Dialect, status, ProxyErrors.ScanFailed, "The request could not be scanned; nothing was forwarded.");
            return;
        }

        if (forward)
        {
            await next(context);
        }
    }

    private async Task<bool> ScrubAsync(
        HttpContext context, ScrubbingFeature feature, IWireProtocol protocol, IDetector detector, RequestRewriteOptions rewriteOptions, int maxBodyBytes)
    {
        var request = context.Request;
        var upload = protocol as FileUploadProtocol;
        if (upload is null)
        {
            JsonContentType.Require(request.ContentType);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBodyBytes;
        }

        byte[] body = await RequestBodyDecoder.ReadAsync(
            request.Body, request.Headers.ContentEncoding, maxBodyBytes, context.RequestAborted);
        var session = new RedactionSession(detector);
        // Uploads keep their Content-Type (the boundary is reused), so only the body changes here too.
        byte[] rewritten = upload is null
            ? protocol.RewriteRequest(body, session, rewriteOptions)
            : upload.RewriteMultipart(body, request.ContentType, session, rewriteOptions);
        QueryScrubber.Apply(request, session);

        request.Body = new MemoryStream(rewritten, writable: false);
        request.ContentLength = rewritten.Length;
        request.Headers.Remove(HeaderNames.ContentEncoding);
        request.Headers.Remove(HeaderNames.TransferEncoding);
        feature.Session = session;
        feature.BodyLength = rewritten.Length;
        if (logger.IsEnabled(LogLevel.Information))
        {
            var summary = RedactionSummary.Of(session.Records);
            Log.RequestScrubbed(logger, feature.RouteId, protocol.Name, session.Records.Count, summary.Types, summary.RuleIds, body.Length, rewritten.Length);
        }

        return true;
    }

    // Device and session ids in bodies get the user id's keyed hash, over the caller and the value, so they stay
    // stable per caller (cache keys keep working) and never reveal the device's own id.
    private static RequestRewriteOptions RewriteOptions(PrivacyProxyOptions options, UserIdHasher userIds, string callerId) => new()
    {
        UserId = userIds.Hash(callerId),
        Media = options.AllowUnscannedMedia ? MediaHandling.Forward : MediaHandling.Refuse,
        HashIdentifier = value => userIds.Hash($"identifier\n{callerId}\n{value}"),
    };

    private bool CheckBodyless(HttpContext context, ScrubbingFeature feature, IDetector detector)
    {
        var request = context.Request;
        bool hasBody = request.ContentLength > 0 ||
            (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
        if (hasBody)
        {
            // Nothing on this route is scanned, so a body could leave unscanned: refuse it.
            throw new ProtocolException(400, ProtocolErrorCodes.InvalidRequest, "This route does not accept a request body.");
        }

        if (request.QueryString.HasValue)
        {
            QueryScrubber.Apply(request, new RedactionSession(detector));
        }

        Log.RequestScrubbed(logger, feature.RouteId, WireProtocolRegistry.None, 0, "", "", 0, 0);
        return true;
    }
}
