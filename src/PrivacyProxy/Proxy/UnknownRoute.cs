using PrivacyProxy.Protocols;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Answers requests that match no route with a 404 in the envelope their path suggests (<c>/anthropic/…</c>:
/// Anthropic, <c>/api/…</c>: Ollama, else OpenAI), so a tool calling an endpoint the proxy does not carry gets an
/// error it can show. Nothing is forwarded and the path, which may hold values, is neither logged nor echoed.
/// </summary>
internal static class UnknownRoute
{
    public static Task WriteAsync(HttpContext context)
    {
        return ProxyErrors.WriteAsync(
            context, DialectOf(context.Request.Path), StatusCodes.Status404NotFound, "not_found", "PrivacyProxy does not carry this endpoint; nothing was forwarded.");
    }

    /// <summary>
    /// The envelope a path's clients understand, for answers given before (or without) a route; a preview of a
    /// route (<c>/privacy/preview/anthropic/…</c>) answers in the previewed route's.
    /// </summary>
    public static ErrorDialect DialectOf(PathString path)
    {
        if (path.StartsWithSegments(Preview.PreviewEndpoint.Prefix, StringComparison.OrdinalIgnoreCase, out var previewed))
        {
            path = previewed;
        }

        return path.StartsWithSegments("/anthropic", StringComparison.OrdinalIgnoreCase) ? ErrorDialect.Anthropic
        : path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? ErrorDialect.Ollama
        : ErrorDialect.OpenAI;
    }
}
