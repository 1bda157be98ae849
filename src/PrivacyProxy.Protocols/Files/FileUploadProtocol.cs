using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// File uploads (<c>POST /files</c>, <c>POST /anthropic/v1/files</c>) as <c>multipart/form-data</c>: text files, file
/// names and field values are scrubbed; images, PDFs, archives and other unreadable content are refused unless
/// media is forwarded unscanned. The returned file object has its file name restored.
/// Multipart needs the boundary from the Content-Type, so the body-only <see cref="RewriteRequest(ReadOnlySpan{byte}, ITextScrubber, RequestRewriteOptions)"/>
/// refuses with 415; the host's call with the Content-Type is <see cref="RewriteMultipart"/>.
/// </summary>
public sealed class FileUploadProtocol : IWireProtocol
{
    private FileUploadProtocol(ErrorDialect errors) => Errors = errors;

    /// <summary>Uploads on the OpenAI-format path (<c>POST /files</c>).</summary>
    public static FileUploadProtocol OpenAI { get; } = new(ErrorDialect.OpenAI);

    /// <summary>Uploads on the Anthropic-format path (<c>POST /anthropic/v1/files</c>).</summary>
    public static FileUploadProtocol Anthropic { get; } = new(ErrorDialect.Anthropic);

    /// <inheritdoc />
    public string Name => "file-upload";

    /// <inheritdoc />
    public ErrorDialect Errors { get; }

    /// <summary>
    /// The Content-Type to send upstream with a rewritten upload: <c>multipart/form-data; boundary=…</c> only, so no
    /// other parameter carries caller text out; byte for byte when the header already is that; null when invalid.
    /// </summary>
    public static string? ForwardedContentType(string? contentType) => MultipartBoundary.Forwardable(contentType);

    /// <summary>True when <paramref name="contentType"/> is <c>multipart/form-data</c> (the boundary is checked later).</summary>
    public static bool IsMultipart(string? contentType) => MultipartBoundary.IsFormData(contentType);

    /// <summary>
    /// Returns the upload body with every piece of client text scrubbed, in part order, keeping the boundary, so the
    /// request's Content-Type is forwarded unchanged. Parts that did not change are copied byte for byte.
    /// </summary>
    /// <param name="body">The decoded request body.</param>
    /// <param name="contentType">The request's Content-Type header (<c>multipart/form-data; boundary=…</c>).</param>
    /// <param name="scrubber">The request's scrubber.</param>
    /// <param name="options">Per-request options; <see cref="RequestRewriteOptions.Media"/>: <see cref="MediaHandling.Forward"/> passes unreadable parts.</param>
    /// <exception cref="ProtocolException">
    /// 415 <see cref="ProtocolErrorCodes.UnsupportedMediaType"/> when not multipart/form-data; 415
    /// <see cref="ProtocolErrorCodes.UnscannableContent"/> for content that cannot be scanned; 400 when malformed.
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Called on the route's protocol instance, like RewriteRequest.")]
    public byte[] RewriteMultipart(ReadOnlySpan<byte> body, string? contentType, ITextScrubber scrubber, RequestRewriteOptions options) =>
        MultipartScrubber.Rewrite(body, contentType, scrubber, options);

    /// <summary>Always refuses: an upload cannot be parsed without its Content-Type. Use <see cref="RewriteMultipart"/>.</summary>
    /// <exception cref="ProtocolException">Always, 415 <see cref="ProtocolErrorCodes.UnsupportedMediaType"/>.</exception>
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        throw MultipartErrors.NotMultipart();

    /// <inheritdoc />
    public RequestBodyFormat RequestFormat => RequestBodyFormat.Multipart;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> body, string? contentType, ITextScrubber scrubber, RequestRewriteOptions options) =>
        RewriteMultipart(body, contentType, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        MediaTypes.Classify(mediaType) == ResponseBodyKind.Json
            ? new BufferedJsonTransformer(new FileObjectRestorer(restorer))
            : new PassThroughTransformer();
}
