namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Vocabulary shapes the protocol shapes share (issue 7, item 1). Ids (<c>tool_call_id</c>, <c>call_id</c>,
/// <c>tool_use_id</c>, <c>file_id</c>, <c>previous_response_id</c>) and model names are not vocabulary: they are
/// short, scanning them is cheap, and they are scanned alone (<see cref="FieldRole.Label"/>) while one value gets
/// one placeholder everywhere in a request, so a call and its result stay linked even if an id is ever redacted.
/// A grammar of provider id shapes would only be a way around the scanner (<c>call_</c> followed by a card number
/// fits <c>call_[A-Za-z0-9]+</c>).
/// </summary>
internal static class VocabularyShapes
{
    /// <summary>A boolean switch.</summary>
    public static JsonShape Flag { get; } = JsonShape.Vocabulary(FieldGrammar.Flag);

    /// <summary>A number of any size (model options whose range the provider does not fix).</summary>
    public static JsonShape AnyNumber { get; } = JsonShape.Vocabulary(FieldGrammar.AnyNumber);

    /// <summary>A count, index or token budget: a number from 0.</summary>
    public static JsonShape Count { get; } = JsonShape.Vocabulary(FieldGrammar.Count);

    /// <summary>Sampling temperature (OpenAI and Anthropic: 0 to 2).</summary>
    public static JsonShape Temperature { get; } = JsonShape.Vocabulary(FieldGrammar.Number(0, 2));

    /// <summary>A probability such as <c>top_p</c>.</summary>
    public static JsonShape Probability { get; } = JsonShape.Vocabulary(FieldGrammar.Number(0, 1));

    /// <summary>OpenAI frequency and presence penalties.</summary>
    public static JsonShape Penalty { get; } = JsonShape.Vocabulary(FieldGrammar.Number(-2, 2));

    /// <summary>Provider ciphertext resent verbatim: base64 that is not text, else refused.</summary>
    public static JsonShape Opaque { get; } = JsonShape.Vocabulary(FieldGrammar.Opaque);

    /// <summary>Message roles of the OpenAI-style protocols (chat, Responses, Ollama).</summary>
    public static JsonShape Role { get; } = OneOf("system", "developer", "user", "assistant", "tool", "function");

    /// <summary>An id: scanned on its own (see the summary).</summary>
    public static JsonShape Id => JsonShape.Label;

    /// <summary>A model name: scanned on its own, which leaves every real name unchanged.</summary>
    public static JsonShape Model => JsonShape.Label;

    /// <summary>One of the given values, spelled as the provider does.</summary>
    public static JsonShape OneOf(params string[] values) => JsonShape.Vocabulary(FieldGrammar.OneOf(values));
}
