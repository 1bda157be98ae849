using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols;

/// <summary>
/// One wire protocol the proxy speaks: how to scrub its request bodies and how to restore its responses.
/// Implementations are stateless and thread-safe; per-request state lives in the scrubber, restorer and transformer.
/// </summary>
public interface IWireProtocol
{
    /// <summary>Short stable name for logs and audit (e.g. <c>openai-chat</c>).</summary>
    string Name { get; }

    /// <summary>The error envelope this protocol's clients expect.</summary>
    ErrorDialect Errors { get; }

    /// <summary>
    /// Returns the request body with every piece of user-controlled text passed through <paramref name="scrubber"/>
    /// in document order. Bytes that did not change are copied as they were.
    /// </summary>
    /// <exception cref="ProtocolException">The body is malformed or carries content that cannot be scanned.</exception>
    byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options);

    /// <summary>The request body format the protocol takes (decides which Content-Type may be forwarded).</summary>
    RequestBodyFormat RequestFormat => RequestBodyFormat.Json;

    /// <summary>
    /// Checks the request's <paramref name="contentType"/> against <see cref="RequestFormat"/> and rewrites the body:
    /// what the host calls, whatever the protocol. JSON protocols require <c>application/json</c> (UTF-8).
    /// </summary>
    /// <exception cref="ProtocolException">Wrong content type, malformed body, or content that cannot be scanned.</exception>
    byte[] RewriteRequest(ReadOnlySpan<byte> body, string? contentType, ITextScrubber scrubber, RequestRewriteOptions options)
    {
        JsonContentType.Require(contentType);
        return RewriteRequest(body, scrubber, options);
    }

    /// <summary>Creates the transformer for one response whose Content-Type is <paramref name="mediaType"/>.</summary>
    IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer);
}
