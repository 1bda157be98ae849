using PrivacyProxy.Protocols;

namespace PrivacyProxy.Proxy;

/// <summary>Writes the proxy's own error responses in the caller's protocol envelope (nothing is forwarded).</summary>
internal static class ProxyErrors
{
    /// <summary>Code for requests that could not be scanned because of a fault in the proxy.</summary>
    public const string ScanFailed = "scan_failed";

    /// <summary>Writes <paramref name="status"/> with an error body, unless the response already started.</summary>
    public static async Task WriteAsync(HttpContext context, ErrorDialect dialect, int status, string code, string message)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        byte[] body = ErrorBodies.Create(dialect, status, code, message);
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Writes a refused request.</summary>
    public static Task WriteAsync(HttpContext context, ErrorDialect dialect, ProtocolException exception) =>
        WriteAsync(context, dialect, exception.StatusCode, exception.Code, exception.Message);
}
