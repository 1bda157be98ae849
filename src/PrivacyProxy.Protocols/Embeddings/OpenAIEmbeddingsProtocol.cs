using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Embeddings;

/// <summary>
/// OpenAI embeddings (<c>POST /v1/embeddings</c>): text inputs are scrubbed, token-array inputs refused unless
/// media is forwarded unscanned, <c>user</c> replaced by the proxy's id or removed; responses (vectors) pass unchanged.
/// </summary>
/// <remarks>
/// What scrubbing means for retrieval: the vectors are computed over the placeholder text, so a similarity search
/// for a redacted value (searching by an e-mail address, a card number) will not match the documents that held it,
/// and two different values of one type look alike (<c>[[EMAIL_1]]</c> in both). Placeholders are consistent
/// within a request, so document structure and the surrounding meaning are kept and ordinary semantic search works.
/// Token ids are user content that cannot be scanned as text: they are refused like inline media, also under
/// <see cref="MediaHandling.Strip"/> (there is no text to put in their place), and forwarded unchanged only under
/// <see cref="MediaHandling.Forward"/>.
/// </remarks>
public sealed class OpenAIEmbeddingsProtocol : IWireProtocol
{
    private static readonly IdentityField UserField = new("user");

    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OpenAIEmbeddingsProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "openai-embeddings";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.OpenAI;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options)
    {
        bool tokens = EmbeddingsInput.IsTokens(utf8Json);
        if (tokens && options.Media != MediaHandling.Forward)
        {
            throw JsonRequestScrubber.UnscannableTokenIds("input", options.Media);
        }

        var root = tokens ? EmbeddingsRequestShapes.OpenAITokensRoot : EmbeddingsRequestShapes.OpenAITextRoot;
        return JsonRequestScrubber.Rewrite(utf8Json, root, UserField, scrubber, options);
    }

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) => new PassThroughTransformer();
}
