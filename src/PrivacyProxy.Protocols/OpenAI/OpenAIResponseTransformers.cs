using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Sse;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>Picks the response transformer for an OpenAI-format response by its Content-Type.</summary>
internal static class OpenAIResponseTransformers
{
    /// <summary>JSON is buffered and restored, SSE is restored event by event, anything else passes.</summary>
    public static IResponseTransformer Create(string? mediaType, OpenAIChoiceLayout layout, ITextRestorer restorer) =>
        MediaTypes.Classify(mediaType) switch
        {
            ResponseBodyKind.Json => new BufferedJsonTransformer(new OpenAIJsonBodyRestorer(layout, restorer)),
            ResponseBodyKind.EventStream => new SseStreamTransformer(new OpenAIStreamRewriter(layout, restorer)),
            _ => new PassThroughTransformer(),
        };
}
