using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// The root of a Responses request (<c>POST /responses</c>): protocol vocabulary that passes, and fields with a
/// special role. Anything not listed (including <c>metadata</c>) is scanned, names and values.
/// </summary>
internal static class ResponsesRequestShapes
{
    private static readonly JsonShape Skip = JsonShape.Skip;
    private static readonly JsonShape Text = JsonShape.Text;

    /// <summary>A tool: flat function tools, custom tools (Codex <c>apply_patch</c>) and server-side tools.</summary>
    private static readonly JsonShape Tool = JsonShape.Object(new()
    {
        ["type"] = Skip,
        ["name"] = Text,
        ["description"] = Text,
        ["parameters"] = JsonShape.FreeForm,
        ["strict"] = Skip,
        ["format"] = JsonShape.Object(new() { ["type"] = Skip, ["syntax"] = Skip, ["definition"] = Text }),
        ["search_context_size"] = Skip,
    });

    private static readonly JsonShape TextOptions = JsonShape.Object(new()
    {
        ["format"] = JsonShape.Object(new()
        {
            ["type"] = Skip,
            ["name"] = Text,
            ["description"] = Text,
            ["schema"] = JsonShape.FreeForm,
            ["strict"] = Skip,
        }),
        ["verbosity"] = Skip,
    });

    /// <summary>Root of a Responses request.</summary>
    public static JsonShape Root { get; } = JsonShape.Object(new()
    {
        ["model"] = Skip,
        ["instructions"] = Text,
        ["input"] = JsonShape.Union(FieldRole.Text, items: ResponsesInputShapes.InputItem),
        ["tools"] = JsonShape.ArrayOf(Tool),
        ["tool_choice"] = JsonShape.Union(FieldRole.Skip, new() { ["type"] = Skip, ["name"] = Text, ["mode"] = Skip }),
        ["parallel_tool_calls"] = Skip,
        ["text"] = TextOptions,
        ["reasoning"] = JsonShape.Object(new() { ["effort"] = Skip, ["summary"] = Skip, ["generate_summary"] = Skip }),
        ["metadata"] = JsonShape.FreeForm,
        ["prompt_cache_key"] = Text,
        ["stream"] = Skip,
        ["stream_options"] = JsonShape.Object(new() { ["include_obfuscation"] = Skip }),
        ["store"] = Skip,
        ["background"] = Skip,
        ["previous_response_id"] = Skip,
        ["include"] = JsonShape.ArrayOf(Skip),
        ["max_output_tokens"] = Skip,
        ["max_tool_calls"] = Skip,
        ["temperature"] = Skip,
        ["top_p"] = Skip,
        ["top_logprobs"] = Skip,
        ["truncation"] = Skip,
        ["service_tier"] = Skip,
    });
}
