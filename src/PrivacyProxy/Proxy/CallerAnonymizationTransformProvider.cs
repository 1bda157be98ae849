using System.Net.Http.Headers;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Security;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Header policy for every route. Requests: only an allow-list of protocol headers is copied (so caller IPs,
/// forwarding headers, cookies, device, session and trace ids, and OpenAI organisation headers never leave),
/// YARP's X-Forwarded-* are off, a fixed User-Agent is sent, and the upstream key replaces the caller's (in the
/// header style of <see cref="UpstreamKeyHeaders"/>; the caller's own key is forwarded only without one).
/// Responses: Content-Length goes (restoring changes it), event streams are marked uncacheable and unbuffered.
/// </summary>
internal sealed class CallerAnonymizationTransformProvider : ITransformProvider
{
    /// <summary>The User-Agent sent upstream instead of the caller's (which names OS, runtime and tool versions).</summary>
    public const string UserAgent = "PrivacyProxy/1.0";

    // Accept-Encoding is deliberately absent: the proxy must read responses to restore them.
    private static readonly string[] AllowedRequestHeaders =
    [
        HeaderNames.Accept,
        HeaderNames.ContentType,
        HeaderNames.ContentLength,
        "anthropic-version",
        "anthropic-beta",
    ];

    private const string ApiKeyHeader = "x-api-key";

    private static readonly string[] CallerCredentialHeaders = [HeaderNames.Authorization, ApiKeyHeader];

    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        context.UseDefaultForwarders = false;
        context.AddRequestHeadersAllowed(AllowedRequestHeaders);
        var keyHeader = UpstreamKeyHeaders.For(context.Route);
        context.AddRequestTransform(request => SetUpstreamHeaders(request, keyHeader));
        context.AddResponseTransform(PrepareResponseHeaders);
    }

    private static ValueTask SetUpstreamHeaders(RequestTransformContext context, UpstreamKeyHeader keyHeader)
    {
        // Resolved per request: YARP builds transforms when routes are mapped, before options are validated.
        var authentication = context.HttpContext.RequestServices.GetRequiredService<UpstreamAuthentication>();
        var request = context.ProxyRequest;
        request.Headers.Remove(HeaderNames.UserAgent);
        request.Headers.TryAddWithoutValidation(HeaderNames.UserAgent, UserAgent);
        switch (authentication.Mode)
        {
            case UpstreamAuthenticationMode.ProxyKey when keyHeader == UpstreamKeyHeader.Bearer:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", authentication.ApiKey);
                break;
            case UpstreamAuthenticationMode.ProxyKey when keyHeader == UpstreamKeyHeader.ApiKey:
                request.Headers.TryAddWithoutValidation(ApiKeyHeader, authentication.ApiKey);
                break;
            case UpstreamAuthenticationMode.CallerKey:
                foreach (var name in CallerCredentialHeaders)
                {
                    if (context.HttpContext.Request.Headers.TryGetValue(name, out var values))
                    {
                        request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
                    }
                }

                break;
        }

        if (context.HttpContext.Features.Get<ScrubbingFeature>()?.BodyLength is long length && request.Content is not null)
        {
            request.Content.Headers.ContentLength = length;
        }

        return ValueTask.CompletedTask;
    }

    private static ValueTask PrepareResponseHeaders(ResponseTransformContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.Remove(HeaderNames.SetCookie);
        if (context.HttpContext.Features.Get<ScrubbingFeature>()?.Session is null || context.ProxyResponse is null)
        {
            return ValueTask.CompletedTask;
        }

        headers.ContentLength = null;
        if (string.Equals(context.ProxyResponse.Content.Headers.ContentType?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-cache";
            headers["X-Accel-Buffering"] = "no";
        }

        return ValueTask.CompletedTask;
    }
}
