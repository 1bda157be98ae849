using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// What the scrubber knows about OpenAI-format request bodies (DeepSeek chat completions and FIM completions).
/// Listed here is only protocol vocabulary to pass and fields with a special role; anything else is scanned.
/// </summary>
internal static class OpenAIRequestShapes
{
    private static readonly JsonShape Skip = JsonShape.Skip;
    private static readonly JsonShape Text = JsonShape.Text;

    /// <summary>A tool call in an assistant message.</summary>
    private static readonly JsonShape ToolCall = JsonShape.Object(new()
    {
        ["id"] = Skip,
        ["type"] = Skip,
        ["index"] = Skip,
        ["function"] = JsonShape.Object(new() { ["name"] = Text, ["arguments"] = JsonShape.EmbeddedJson }),
        ["custom"] = JsonShape.Object(new() { ["name"] = Text, ["input"] = Text }),
    });

    /// <summary>A content part: DeepSeek's flat <c>file_data</c> and OpenAI's nested <c>file</c> both appear.</summary>
    private static readonly JsonShape ContentPart = JsonShape.Object(new()
    {
        ["type"] = Skip,
        ["text"] = Text,
        ["refusal"] = Text,
        ["image_url"] = JsonShape.Union(FieldRole.Media, new() { ["url"] = JsonShape.Media, ["detail"] = Skip }),
        ["input_audio"] = JsonShape.Object(new() { ["data"] = JsonShape.Media, ["format"] = Skip }),
        ["file_id"] = Skip,
        ["file_data"] = JsonShape.Media,
        ["filename"] = Text,
        ["file"] = JsonShape.Object(new() { ["file_id"] = Skip, ["file_data"] = JsonShape.Media, ["filename"] = Text }),
    });

    private static readonly JsonShape Message = JsonShape.Object(new()
    {
        ["role"] = Skip,
        ["content"] = JsonShape.Union(FieldRole.Text, items: ContentPart),
        ["name"] = Text,
        ["reasoning_content"] = Text,
        ["reasoning"] = Text,
        ["refusal"] = Text,
        ["prefix"] = Skip,
        ["tool_call_id"] = Skip,
        ["tool_calls"] = JsonShape.ArrayOf(ToolCall),
        ["function_call"] = JsonShape.Object(new() { ["name"] = Text, ["arguments"] = JsonShape.EmbeddedJson }),
        ["audio"] = JsonShape.Object(new() { ["id"] = Skip }),
    });

    private static readonly JsonShape Tool = JsonShape.Object(new()
    {
        ["type"] = Skip,
        ["function"] = JsonShape.Object(new()
        {
            ["name"] = Text,
            ["description"] = Text,
            ["parameters"] = JsonShape.FreeForm,
            ["strict"] = Skip,
        }),
    });

    private static readonly JsonShape StreamOptions = JsonShape.Object(new()
    {
        ["include_usage"] = Skip,
        ["include_obfuscation"] = Skip,
    });

    /// <summary>Root of a chat completions request (<c>/chat/completions</c>).</summary>
    public static JsonShape ChatRoot { get; } = JsonShape.Object(WithCommon(new()
    {
        ["messages"] = JsonShape.ArrayOf(Message),
        ["thinking"] = JsonShape.Object(new() { ["type"] = Skip, ["budget_tokens"] = Skip }),
        ["reasoning_effort"] = Skip,
        ["max_completion_tokens"] = Skip,
        ["response_format"] = JsonShape.Object(new() { ["type"] = Skip }),
        ["tools"] = JsonShape.ArrayOf(Tool),
        ["tool_choice"] = JsonShape.Union(FieldRole.Skip, new()
        {
            ["type"] = Skip,
            ["function"] = JsonShape.Object(new() { ["name"] = Text }),
        }),
        ["parallel_tool_calls"] = Skip,
        ["top_logprobs"] = Skip,
        ["modalities"] = JsonShape.ArrayOf(Skip),
        ["service_tier"] = Skip,
    }));

    /// <summary>Root of a (FIM) completions request (<c>/beta/completions</c>): prompt and suffix are text.</summary>
    public static JsonShape CompletionsRoot { get; } = JsonShape.Object(WithCommon(new()
    {
        ["prompt"] = Text,
        ["suffix"] = Text,
        ["echo"] = Skip,
        ["best_of"] = Skip,
    }));

    private static Dictionary<string, JsonShape> WithCommon(Dictionary<string, JsonShape> properties)
    {
        properties["model"] = Skip;
        properties["user_id"] = Skip;
        properties["stream"] = Skip;
        properties["stream_options"] = StreamOptions;
        properties["max_tokens"] = Skip;
        properties["temperature"] = Skip;
        properties["top_p"] = Skip;
        properties["n"] = Skip;
        properties["seed"] = Skip;
        properties["logprobs"] = Skip;
        properties["frequency_penalty"] = Skip;
        properties["presence_penalty"] = Skip;
        properties["stop"] = Text;
        return properties;
    }
}
