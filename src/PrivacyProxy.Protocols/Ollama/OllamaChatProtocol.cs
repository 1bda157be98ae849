using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// Ollama native chat (<c>POST /api/chat</c>): message content, thinking, tool calls (object arguments), tool
/// names, tools, format and stop sequences are scrubbed, images refused unless allowed; <c>message.content</c>,
/// <c>message.thinking</c> and tool calls are restored in the NDJSON stream or the single JSON object.
/// </summary>
public sealed class OllamaChatProtocol : IWireProtocol
{
    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OllamaChatProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "ollama-chat";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.Ollama;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        JsonRequestScrubber.Rewrite(utf8Json, OllamaRequestShapes.ChatRoot, identity: null, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        OllamaResponseTransformers.Create(mediaType, OllamaLayout.Chat, restorer);
}
