using PrivacyProxy.Protocols.Json;
using static PrivacyProxy.Protocols.Json.VocabularyShapes;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// What the scrubber knows about Ollama native request bodies (chat, generate, embed). Listed here is only protocol
/// vocabulary (passing when it fits its grammar) and fields with a special role; anything else is scanned.
/// </summary>
internal static class OllamaRequestShapes
{
    private static readonly JsonShape Text = JsonShape.Text;

    /// <summary>
    /// Base64 images (no <c>data:</c> prefix): refused, forwarded or, stripped, the array emptied and one note per
    /// image added to the text beside it (<c>content</c>, <c>prompt</c>): Ollama has no text parts to put in their place.
    /// </summary>
    private static readonly JsonShape Images =
        JsonShape.Media(MediaKind.Image, items: JsonShape.Media(MediaKind.Image)).WithheldAs(MediaWithholding.Emptied);

    /// <summary>Arguments are an object here (scanned free-form, keys included); a string is scanned as a JSON document.</summary>
    private static readonly JsonShape ToolCall = JsonShape.Object(new()
    {
        ["id"] = Id,
        ["type"] = OneOf("function"),
        ["function"] = JsonShape.Object(new()
        {
            ["index"] = Count,
            ["name"] = Text,
            ["arguments"] = Text,
        }),
    });

    private static readonly JsonShape Message = JsonShape.Object(new()
    {
        ["role"] = Role,
        ["content"] = Text,
        ["thinking"] = Text,
        ["images"] = Images,
        ["tool_calls"] = JsonShape.ArrayOf(ToolCall),
        ["tool_name"] = Text,
    }).WithNotesIn("content");

    /// <summary>
    /// Model options: numeric and boolean knobs pass (numbers still scanned as digits); <c>stop</c> sequences are
    /// text. Unknown options are scanned.
    /// </summary>
    public static JsonShape Options { get; } = JsonShape.Object(OptionNames());

    /// <summary>Root of <c>POST /api/chat</c>.</summary>
    public static JsonShape ChatRoot { get; } = JsonShape.Object(WithCommon(new()
    {
        ["messages"] = JsonShape.ArrayOf(Message),
        ["tools"] = JsonShape.FreeForm,
    }));

    /// <summary>Root of <c>POST /api/generate</c>: prompt, suffix (FIM), system and template are text.</summary>
    public static JsonShape GenerateRoot { get; } = JsonShape.Object(WithCommon(new()
    {
        ["prompt"] = Text,
        ["suffix"] = Text,
        ["system"] = Text,
        ["template"] = Text,
        ["images"] = Images,
        ["raw"] = Flag,

        // Token ids returned by an earlier call: the proxy cannot scan them (refused unless media is forwarded).
        ["context"] = JsonShape.TokenIds,
    })).WithNotesIn("prompt");

    private static Dictionary<string, JsonShape> WithCommon(Dictionary<string, JsonShape> properties)
    {
        properties["model"] = Model;
        properties["stream"] = Flag;

        // A duration ("5m", "1h30m") or seconds: the string is scanned, which leaves every real duration unchanged.
        properties["keep_alive"] = AnyNumber;
        properties["think"] = OneOf("high", "medium", "low");
        properties["format"] = JsonShape.FreeForm;
        properties["options"] = Options;
        properties["logprobs"] = Flag;
        properties["top_logprobs"] = Count;
        return properties;
    }

    private static Dictionary<string, JsonShape> OptionNames()
    {
        var options = new Dictionary<string, JsonShape> { ["stop"] = Text };
        foreach (var name in (string[])[
            "num_keep", "seed", "num_predict", "top_k", "top_p", "min_p", "typical_p", "repeat_last_n", "temperature",
            "repeat_penalty", "presence_penalty", "frequency_penalty", "penalize_newline", "mirostat", "mirostat_tau",
            "mirostat_eta", "tfs_z", "numa", "num_ctx", "num_batch", "num_gpu", "main_gpu", "low_vram", "f16_kv",
            "vocab_only", "use_mmap", "use_mlock", "logits_all", "embedding_only", "num_thread"])
        {
            options[name] = AnyNumber;
        }

        return options;
    }
}
