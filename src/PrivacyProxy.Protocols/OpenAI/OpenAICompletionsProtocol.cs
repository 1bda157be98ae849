using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// OpenAI completions, used by DeepSeek for fill-in-the-middle (<c>POST /beta/completions</c>): prompt and suffix
/// are scrubbed; <c>choices[].text</c> is restored, streamed or not.
/// </summary>
public sealed class OpenAICompletionsProtocol : IWireProtocol
{
    private static readonly IdentityField UserIdField = new("user_id");

    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OpenAICompletionsProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "openai-completions";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.OpenAI;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        JsonRequestScrubber.Rewrite(utf8Json, OpenAIRequestShapes.CompletionsRoot, UserIdField, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        OpenAIResponseTransformers.Create(mediaType, OpenAIChoiceLayout.Completions, restorer);
}
