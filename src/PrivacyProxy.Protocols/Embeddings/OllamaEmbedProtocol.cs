using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Embeddings;

/// <summary>
/// Ollama native embeddings (<c>POST /api/embed</c> with <c>input</c>, the older <c>POST /api/embeddings</c> with
/// <c>prompt</c>): inputs are scrubbed; responses (vectors) pass unchanged.
/// </summary>
/// <remarks>
/// What scrubbing means for retrieval: the vectors are computed over the placeholder text, so a similarity search
/// for a redacted value (searching by an e-mail address) will not match the documents that held it, and different
/// values of one type look alike. Placeholders are consistent within a request, so document structure and the
/// surrounding meaning are kept and ordinary semantic search works.
/// </remarks>
public sealed class OllamaEmbedProtocol : IWireProtocol
{
    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OllamaEmbedProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "ollama-embed";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.Ollama;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        JsonRequestScrubber.Rewrite(utf8Json, EmbeddingsRequestShapes.OllamaRoot, identity: null, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) => new PassThroughTransformer();
}
