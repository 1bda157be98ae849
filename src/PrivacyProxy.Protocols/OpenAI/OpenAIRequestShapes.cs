using PrivacyProxy.Protocols.Json;
using static PrivacyProxy.Protocols.Json.VocabularyShapes;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// What the scrubber knows about OpenAI-format request bodies (DeepSeek chat completions and FIM completions).
/// Listed here is only protocol vocabulary (passing when it fits its grammar) and fields with a special role;
/// anything else is scanned.
/// </summary>
internal static class OpenAIRequestShapes
{
    private static readonly JsonShape Text = JsonShape.Text;

    /// <summary>A tool call in an assistant message.</summary>
    private static readonly JsonShape ToolCall = JsonShape.Object(new()
    {
        ["id"] = Id,
        ["type"] = OneOf("function", "custom"),
        ["index"] = Count,
        ["function"] = JsonShape.Object(new() { ["name"] = Text, ["arguments"] = Text }),
        ["custom"] = JsonShape.Object(new() { ["name"] = Text, ["input"] = Text }),
    });

    /// <summary>
    /// A content part: DeepSeek's flat <c>file_data</c> and OpenAI's nested <c>file</c> both appear. One holding inline
    /// media is replaced by a text part when media is stripped.
    /// </summary>
    private static readonly JsonShape ContentPart = JsonShape.Object(new()
    {
        ["type"] = OneOf("text", "image_url", "input_audio", "file", "refusal"),
        ["text"] = Text,
        ["refusal"] = Text,
        ["image_url"] = JsonShape.Media(MediaKind.Image, new()
        {
            ["url"] = JsonShape.Media(MediaKind.Image),
            ["detail"] = OneOf("auto", "low", "high", "original"),
        }),
        ["input_audio"] = JsonShape.Object(new() { ["data"] = JsonShape.Media(MediaKind.Audio), ["format"] = OneOf("wav", "mp3") }),
        ["file_id"] = Id,
        ["file_data"] = JsonShape.Media(MediaKind.File),
        ["filename"] = Text,
        ["file"] = JsonShape.Object(new() { ["file_id"] = Id, ["file_data"] = JsonShape.Media(MediaKind.File), ["filename"] = Text }),
    }).WithheldAs(MediaWithholding.TextPart("text"));

    private static readonly JsonShape Message = JsonShape.Object(new()
    {
        ["role"] = Role,
        ["content"] = JsonShape.Union(FieldRole.Text, items: ContentPart),
        ["name"] = Text,
        ["reasoning_content"] = Text,
        ["reasoning"] = Text,
        ["refusal"] = Text,
        ["prefix"] = Flag,
        ["tool_call_id"] = Id,
        ["tool_calls"] = JsonShape.ArrayOf(ToolCall),
        ["function_call"] = JsonShape.Object(new() { ["name"] = Text, ["arguments"] = Text }),
        ["audio"] = JsonShape.Object(new() { ["id"] = Id }),
    });

    private static readonly JsonShape Tool = JsonShape.Object(new()
    {
        ["type"] = OneOf("function", "custom"),
        ["function"] = JsonShape.Object(new()
        {
            ["name"] = Text,
            ["description"] = Text,
            ["parameters"] = JsonShape.FreeForm,
            ["strict"] = Flag,
        }),
    });

    private static readonly JsonShape StreamOptions = JsonShape.Object(new()
    {
        ["include_usage"] = Flag,
        ["include_obfuscation"] = Flag,
    });

    /// <summary>Root of a chat completions request (<c>/chat/completions</c>).</summary>
    public static JsonShape ChatRoot { get; } = JsonShape.Object(WithCommon(new()
    {
        ["messages"] = JsonShape.ArrayOf(Message),
        ["thinking"] = JsonShape.Object(new() { ["type"] = OneOf("enabled", "disabled", "auto"), ["budget_tokens"] = Count }),
        ["reasoning_effort"] = OneOf("none", "minimal", "low", "medium", "high", "xhigh", "max", "ultra"),
        ["max_completion_tokens"] = Count,
        ["response_format"] = JsonShape.Object(new() { ["type"] = OneOf("text", "json_object", "json_schema") }),
        ["tools"] = JsonShape.ArrayOf(Tool),
        ["tool_choice"] = JsonShape.Union(FieldGrammar.OneOf("none", "auto", "required"), new()
        {
            ["type"] = OneOf("function", "custom", "allowed_tools"),
            ["function"] = JsonShape.Object(new() { ["name"] = Text }),
        }),
        ["parallel_tool_calls"] = Flag,
        ["top_logprobs"] = JsonShape.Vocabulary(FieldGrammar.Number(0, 20)),
        ["modalities"] = JsonShape.ArrayOf(OneOf("text", "audio")),
        ["service_tier"] = OneOf("auto", "default", "flex", "scale", "priority"),
        ["user"] = JsonShape.Identifier,
        ["safety_identifier"] = JsonShape.Identifier,
        ["prompt_cache_key"] = JsonShape.Identifier,
        ["metadata"] = JsonShape.Identifier,
    }));

    /// <summary>
    /// Root of a (FIM) completions request (<c>/beta/completions</c>): prompt and suffix are text; a prompt of token
    /// ids cannot be scanned and is refused unless media is forwarded unscanned.
    /// </summary>
    public static JsonShape CompletionsRoot { get; } = JsonShape.Object(WithCommon(new()
    {
        ["prompt"] = JsonShape.TokenIds,
        ["suffix"] = Text,
        ["echo"] = Flag,
        ["best_of"] = JsonShape.Vocabulary(FieldGrammar.Number(0, 128)),
        ["user"] = JsonShape.Identifier,
    }));

    private static Dictionary<string, JsonShape> WithCommon(Dictionary<string, JsonShape> properties)
    {
        properties["model"] = Model;
        properties["user_id"] = Id;
        properties["stream"] = Flag;
        properties["stream_options"] = StreamOptions;
        properties["max_tokens"] = Count;
        properties["temperature"] = Temperature;
        properties["top_p"] = Probability;
        properties["n"] = JsonShape.Vocabulary(FieldGrammar.Number(1, 128));
        properties["seed"] = AnyNumber;

        // Chat: a flag; completions: how many logprobs (0-20). Both fit this grammar; a string is scanned.
        properties["logprobs"] = JsonShape.Vocabulary(FieldGrammar.Number(0, 20));
        properties["frequency_penalty"] = Penalty;
        properties["presence_penalty"] = Penalty;
        properties["stop"] = Text;
        return properties;
    }
}
