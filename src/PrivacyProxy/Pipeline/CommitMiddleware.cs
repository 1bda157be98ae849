using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Stage 5: puts the decided body on the request (the scrubbed one for the hosted API), or answers the refusal.
/// Only here does the request change.
/// </summary>
internal sealed class CommitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var scan = context.Features.GetRequiredFeature<ScanResult>();
        var decision = context.Features.GetRequiredFeature<RequestDecision>();
        var request = context.Request;
        byte[]? body = scan.ScrubbedBody;
        request.QueryString = scan.ScrubbedQuery;
        if (body is not null)
        {
            request.Body = new MemoryStream(body, writable: false);
            request.ContentLength = body.Length;
            request.Headers.Remove(HeaderNames.ContentEncoding);
            request.Headers.Remove(HeaderNames.TransferEncoding);
        }

        context.Features.Set(new CommittedRequest(decision.Upstream, body?.Length, body is null ? null : scan.Session));
        return next(context);
    }
}
