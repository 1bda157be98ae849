using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Ollama;
using static PrivacyProxy.Protocols.Json.VocabularyShapes;

namespace PrivacyProxy.Protocols.Embeddings;

/// <summary>What the scrubber knows about embeddings request bodies (OpenAI format and Ollama native).</summary>
internal static class EmbeddingsRequestShapes
{
    private static readonly JsonShape Dimensions = JsonShape.Vocabulary(FieldGrammar.Number(1, 65536));

    /// <summary>Root of <c>POST /v1/embeddings</c> whose input is text (a string or strings).</summary>
    public static JsonShape OpenAITextRoot { get; } = OpenAIRoot(JsonShape.Text);

    /// <summary>Root of <c>POST /v1/embeddings</c> whose input is token arrays (only when media is forwarded unscanned).</summary>
    public static JsonShape OpenAITokensRoot { get; } = OpenAIRoot(JsonShape.TokenIds);

    /// <summary>Root of <c>POST /api/embed</c> (<c>input</c>: a string or strings) and <c>POST /api/embeddings</c> (<c>prompt</c>).</summary>
    public static JsonShape OllamaRoot { get; } = JsonShape.Object(new()
    {
        ["model"] = Model,
        ["input"] = JsonShape.Text,
        ["prompt"] = JsonShape.Text,
        ["truncate"] = Flag,
        ["dimensions"] = Dimensions,
        ["keep_alive"] = AnyNumber,
        ["options"] = OllamaRequestShapes.Options,
    });

    private static JsonShape OpenAIRoot(JsonShape input) => JsonShape.Object(new()
    {
        ["model"] = Model,
        ["input"] = input,
        ["encoding_format"] = OneOf("float", "base64"),
        ["dimensions"] = Dimensions,
        ["user"] = Id,
    });
}
