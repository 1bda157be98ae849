using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// OpenAI chat completions as DeepSeek speaks it (<c>POST /chat/completions</c>, <c>/v1/…</c>, <c>/beta/…</c>):
/// messages, reasoning, tool calls and tools are scrubbed; content, reasoning, refusals and tool-call arguments
/// of every choice are restored, streamed or not.
/// </summary>
public sealed class OpenAIChatProtocol : IWireProtocol
{
    private static readonly IdentityField UserIdField = new("user_id");

    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OpenAIChatProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "openai-chat";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.OpenAI;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        JsonRequestScrubber.Rewrite(utf8Json, OpenAIRequestShapes.ChatRoot, UserIdField, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        OpenAIResponseTransformers.Create(mediaType, OpenAIChoiceLayout.Chat, restorer);
}
