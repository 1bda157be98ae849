using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Ollama;

namespace PrivacyProxy.Protocols.Embeddings;

/// <summary>What the scrubber knows about embeddings request bodies (OpenAI format and Ollama native).</summary>
internal static class EmbeddingsRequestShapes
{
    private static readonly JsonShape Skip = JsonShape.Skip;

    /// <summary>Token ids (a token array or arrays of them): numbers pass, as nothing else can be in them.</summary>
    private static readonly JsonShape Tokens = JsonShape.ArrayOf(JsonShape.ArrayOf(Skip, FieldRole.Skip), FieldRole.Skip);

    /// <summary>Root of <c>POST /v1/embeddings</c> whose input is text (a string or strings).</summary>
    public static JsonShape OpenAITextRoot { get; } = OpenAIRoot(JsonShape.Text);

    /// <summary>Root of <c>POST /v1/embeddings</c> whose input is token arrays (only when unscanned input is allowed).</summary>
    public static JsonShape OpenAITokensRoot { get; } = OpenAIRoot(Tokens);

    /// <summary>Root of <c>POST /api/embed</c> (<c>input</c>: a string or strings) and <c>POST /api/embeddings</c> (<c>prompt</c>).</summary>
    public static JsonShape OllamaRoot { get; } = JsonShape.Object(new()
    {
        ["model"] = Skip,
        ["input"] = JsonShape.Text,
        ["prompt"] = JsonShape.Text,
        ["truncate"] = Skip,
        ["dimensions"] = Skip,
        ["keep_alive"] = Skip,
        ["options"] = OllamaRequestShapes.Options,
    });

    private static JsonShape OpenAIRoot(JsonShape input) => JsonShape.Object(new()
    {
        ["model"] = Skip,
        ["input"] = input,
        ["encoding_format"] = Skip,
        ["dimensions"] = Skip,
        ["user"] = Skip,
    });
}
