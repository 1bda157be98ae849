using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Sse;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// The OpenAI Responses API as DeepSeek and Codex speak it (<c>POST /responses</c>, <c>/v1/responses</c>): the
/// instructions, every input item and the tools are scrubbed; output text, reasoning, refusals, tool-call
/// arguments and custom tool input are restored, in JSON bodies and in named-event streams.
/// </summary>
public sealed class OpenAIResponsesProtocol : IWireProtocol
{
    private static readonly IdentityField UserField = new("user");

    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OpenAIResponsesProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "openai-responses";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.OpenAI;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options) =>
        JsonRequestScrubber.Rewrite(utf8Json, ResponsesRequestShapes.Root, UserField, scrubber, options);

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) =>
        MediaTypes.Classify(mediaType) switch
        {
            ResponseBodyKind.Json => new BufferedJsonTransformer(new ResponsesJsonBodyRestorer(restorer)),
            ResponseBodyKind.EventStream => new SseStreamTransformer(new ResponsesStreamRewriter(restorer)),
            _ => new PassThroughTransformer(),
        };
}
