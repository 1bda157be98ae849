using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Ndjson;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>Picks the response transformer for an Ollama response by its Content-Type.</summary>
internal static class OllamaResponseTransformers
{
    /// <summary>NDJSON is restored line by line, JSON is buffered and restored, anything else passes.</summary>
    public static IResponseTransformer Create(string? mediaType, OllamaLayout layout, ITextRestorer restorer) =>
        MediaTypes.Classify(mediaType) switch
        {
            ResponseBodyKind.NdJson => new NdjsonStreamTransformer(new OllamaLineRewriter(layout, restorer)),
            ResponseBodyKind.Json => new BufferedJsonTransformer(new OllamaJsonBodyRestorer(layout, restorer)),
            _ => new PassThroughTransformer(),
        };
}
