using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// Ollama native generate (<c>POST /api/generate</c>): prompt, suffix, system, template and stop sequences are
/// scrubbed, images refused unless allowed, the <c>context</c> token array passes; <c>response</c> and
/// <c>thinking</c> are restored in the NDJSON stream or the single JSON object.
/// </summary>
public sealed class OllamaGenerateProtocol : IWireProtocol
{
    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OllamaGenerateProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "ollama-generate";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.Ollama;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        JsonRequestScrubber.Rewrite(utf8Json, OllamaRequestShapes.GenerateRoot, identity: null, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        OllamaResponseTransformers.Create(mediaType, OllamaLayout.Generate, restorer);
}
