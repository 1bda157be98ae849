using System.Net.Http.Headers;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Pipeline;
using PrivacyProxy.Policies;
using PrivacyProxy.Proxy.Headers;
using PrivacyProxy.Security;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Header policy for every route. Requests: only protocol headers that pass their grammar are copied
/// (<see cref="ForwardedRequestHeaders"/>; so caller IPs, forwarding headers, cookies, device, session and trace
/// ids, OpenAI organisation headers and free text in an allowed header never leave; <c>anthropic-*</c> only on
/// Anthropic routes, no Content-Type on body-less ones),
/// YARP's X-Forwarded-* are off, a fixed User-Agent is sent, and the upstream key replaces the caller's (in the
/// header style of <see cref="UpstreamKeyHeaders"/>; the caller's own key is forwarded only without one).
/// Responses: Content-Length goes (restoring changes it), event streams are marked uncacheable and unbuffered.
/// </summary>
internal sealed class CallerAnonymizationTransformProvider : ITransformProvider
{
    /// <summary>The User-Agent sent upstream instead of the caller's (which names OS, runtime and tool versions).</summary>
    public const string UserAgent = "PrivacyProxy/1.0";

    // Only the length is copied as sent: every other caller header that may leave is checked against its grammar
    // by ForwardedRequestHeaders. Accept-Encoding is deliberately absent: the proxy must read responses to restore them.
    private static readonly string[] AllowedRequestHeaders = [HeaderNames.ContentLength];

    private const string ApiKeyHeader = CallerCredentialHeaders.ApiKey;

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
        var profile = RouteHeaderProfile.Of(context.Route);
        context.AddRequestTransform(request => SetUpstreamHeaders(request, keyHeader, profile));
        context.AddResponseTransform(PrepareResponseHeaders);
    }

    private static ValueTask SetUpstreamHeaders(RequestTransformContext context, UpstreamKeyHeader keyHeader, RouteHeaderProfile profile)
    {
        // Resolved per request: YARP builds transforms when routes are mapped, before options are validated.
        var authentication = context.HttpContext.RequestServices.GetRequiredService<UpstreamAuthentication>();
        var request = context.ProxyRequest;
        var committed = context.HttpContext.Features.Get<CommittedRequest>();
        ForwardedRequestHeaders.Apply(context.HttpContext.Request, request, profile);
        request.Headers.Remove(HeaderNames.UserAgent);
        request.Headers.TryAddWithoutValidation(HeaderNames.UserAgent, UserAgent);
        string? localKey = context.HttpContext.RequestServices.GetRequiredService<LocalRouting>().ApiKey;
        if (committed?.Path is { } localPath)
        {
            // Moved to the company's own server: its own path, and neither the hosted key nor the caller's.
            context.Path = localPath;
            SetBearer(request, localKey);
        }
        else if (keyHeader == UpstreamKeyHeader.None && localKey is not null)
        {
            // A route of the local cluster (Ollama's own), to a server that wants its key.
            SetBearer(request, localKey);
        }
        else
        {
            AddUpstreamCredentials(context, authentication, keyHeader);
        }

        if (committed?.BodyLength is long length && request.Content is not null)
        {
            request.Content.Headers.ContentLength = length;
        }

        return ValueTask.CompletedTask;
    }

    private static void SetBearer(System.Net.Http.HttpRequestMessage request, string? key)
    {
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
    }

    private static void AddUpstreamCredentials(RequestTransformContext context, UpstreamAuthentication authentication, UpstreamKeyHeader keyHeader)
    {
        var request = context.ProxyRequest;
        switch (authentication.Mode)
        {
            case UpstreamAuthenticationMode.ProxyKey when keyHeader == UpstreamKeyHeader.Bearer:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", authentication.ApiKey);
                break;
            case UpstreamAuthenticationMode.ProxyKey when keyHeader == UpstreamKeyHeader.ApiKey:
                request.Headers.TryAddWithoutValidation(ApiKeyHeader, authentication.ApiKey);
                break;
            case UpstreamAuthenticationMode.CallerKey:
                ForwardedRequestHeaders.ApplyCallerCredentials(context.HttpContext.Request, request);
                break;
        }
    }

    private static ValueTask PrepareResponseHeaders(ResponseTransformContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.Remove(HeaderNames.SetCookie);
        if (context.HttpContext.Features.Get<CommittedRequest>()?.Restorer is null || context.ProxyResponse is null)
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
