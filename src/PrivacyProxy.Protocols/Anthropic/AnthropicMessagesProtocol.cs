using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Sse;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// Anthropic Messages as DeepSeek speaks it (<c>POST /anthropic/v1/messages</c>): system, every content block,
/// tools and stop sequences are scrubbed; text, thinking and tool input of every block are restored, streamed or not.
/// </summary>
/// <remarks>
/// Thinking signatures: <c>signature</c> (and <c>signature_delta</c>) and <c>redacted_thinking.data</c> are opaque
/// upstream data and pass unchanged both ways when they have the provider's shape (base64 ciphertext, see
/// <see cref="OpaqueBlob"/>); a request carrying anything else there is refused. The signature covers the thinking text the model produced, which
/// used placeholders; the client gets that text restored and resends it, and the proxy re-scrubs it. Because a
/// value gets the same placeholder everywhere in a request and numbering follows first appearance over the same
/// resent history, the re-scrubbed thinking is byte-identical to what the model produced and its signature still
/// holds. It differs only when the thinking itself holds a detectable value the model wrote in clear, or
/// placeholder-shaped text the proxy did not issue (protected on the way back as <c>[[TEXT_n]]</c>); an upstream
/// that validates signatures would then reject that turn, which fails closed rather than leaking.
/// </remarks>
public sealed class AnthropicMessagesProtocol : IWireProtocol
{
    /// <summary>Anthropic's user-isolation id, which DeepSeek uses for its cache.</summary>
    internal static readonly IdentityField UserIdField = new("metadata", "user_id");

    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static AnthropicMessagesProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "anthropic-messages";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.Anthropic;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        JsonRequestScrubber.Rewrite(utf8Json, AnthropicRequestShapes.MessagesRoot, UserIdField, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        MediaTypes.Classify(mediaType) switch
        {
            ResponseBodyKind.Json => new BufferedJsonTransformer(new AnthropicJsonBodyRestorer(restorer)),
            ResponseBodyKind.EventStream => new SseStreamTransformer(new AnthropicStreamRewriter(restorer)),
            _ => new PassThroughTransformer(),
        };
}
