using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// Anthropic token counting (<c>POST /anthropic/v1/messages/count_tokens</c>, sent by Claude Code): the body is
/// scrubbed like a Messages request; the answer (<c>{"input_tokens":N}</c>) carries no text and passes unchanged.
/// </summary>
/// <remarks>
/// A client's <c>metadata.user_id</c> is removed and none is inserted: the endpoint takes no metadata, and the
/// caller's id must not leave either way.
/// </remarks>
public sealed class AnthropicCountTokensProtocol : IWireProtocol
{
    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static AnthropicCountTokensProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "anthropic-count-tokens";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.Anthropic;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JsonRequestScrubber.Rewrite(
            utf8Json,
            AnthropicRequestShapes.CountTokensRoot,
            AnthropicMessagesProtocol.UserIdField,
            scrubber,
            options with { UserId = null });
    }

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        new PassThroughTransformer();
}
