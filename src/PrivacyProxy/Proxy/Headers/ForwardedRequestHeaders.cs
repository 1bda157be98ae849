using Microsoft.Net.Http.Headers;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Proxy.Headers;

/// <summary>
/// Writes the caller headers that may leave onto the upstream request, each checked against its grammar
/// (<see cref="AcceptHeader"/>, <see cref="ContentTypeHeader"/>, <see cref="AnthropicHeaders"/>); a header that
/// fails is dropped (or rebuilt from its valid parts), never forwarded as sent. Everything else the caller sent
/// stays behind: YARP copies only Content-Length.
/// </summary>
internal static class ForwardedRequestHeaders
{
    /// <summary>Copies the checked headers of <paramref name="source"/> onto <paramref name="target"/>.</summary>
    public static void Apply(HttpRequest source, HttpRequestMessage target, RouteHeaderProfile profile)
    {
        var headers = source.Headers;
        if (AcceptHeader.Forwardable(headers.Accept) is { } accept)
        {
            target.Headers.TryAddWithoutValidation(HeaderNames.Accept, accept);
        }

        if (profile.Anthropic)
        {
            if (AnthropicHeaders.ForwardableVersion(headers[AnthropicHeaders.Version]) is { } version)
            {
                target.Headers.TryAddWithoutValidation(AnthropicHeaders.Version, version);
            }

            if (headers.TryGetValue(AnthropicHeaders.Beta, out var beta) &&
                AnthropicHeaders.ForwardableBeta(beta, source.HttpContext.RequestServices.GetRequiredService<IDetector>()) is { } flags)
            {
                target.Headers.TryAddWithoutValidation(AnthropicHeaders.Beta, flags);
            }
        }

        if (target.Content is not null && ContentTypeHeader.Forwardable(source.ContentType, profile.Body) is { } contentType)
        {
            target.Content.Headers.TryAddWithoutValidation(HeaderNames.ContentType, contentType);
        }
    }

    /// <summary>Copies the caller's own credentials, when they have the shape of one (caller-key mode only).</summary>
    public static void ApplyCallerCredentials(HttpRequest source, HttpRequestMessage target)
    {
        if (CallerCredentialHeaders.ForwardableAuthorization(source.Headers.Authorization) is { } authorization)
        {
            target.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
        }

        if (CallerCredentialHeaders.ForwardableApiKey(source.Headers[CallerCredentialHeaders.ApiKey]) is { } apiKey)
        {
            target.Headers.TryAddWithoutValidation(CallerCredentialHeaders.ApiKey, apiKey);
        }
    }
}
