using System.Security.Cryptography;

namespace PrivacyProxy.Dashboard.Static;

/// <summary>
/// One of the dashboard's static files, embedded in the program (so it works air-gapped, with no wwwroot to
/// deploy) and served with its content type and a content-hash ETag. <c>Cache-Control: private, no-cache</c>: a
/// browser keeps the file but revalidates it (a 304), so a new version is picked up at once without a versioned URL.
/// </summary>
internal sealed class StaticAsset
{
    private StaticAsset(byte[] content, string contentType)
    {
        Content = content;
        ContentType = contentType;
        ETag = "\"" + Convert.ToHexString(SHA256.HashData(content), 0, 12).ToLowerInvariant() + "\"";
    }

    public byte[] Content { get; }

    public string ContentType { get; }

    public string ETag { get; }

    /// <summary>The embedded resource <paramref name="name"/> (its logical name is its file name).</summary>
    public static StaticAsset Load(string name, string contentType)
    {
        using var stream = typeof(StaticAsset).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The dashboard file {name} is not embedded in the program.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new StaticAsset(copy.ToArray(), contentType);
    }

    /// <summary>200 with the file, or 304 when the browser's copy is current.</summary>
    public Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch.Contains(ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = ContentType;
        response.ContentLength = Content.Length;
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(Content, http.RequestAborted).AsTask();
    }
}
