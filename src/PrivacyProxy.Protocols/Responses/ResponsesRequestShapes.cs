using PrivacyProxy.Protocols.Json;
using static PrivacyProxy.Protocols.Json.VocabularyShapes;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// The root of a Responses request (<c>POST /responses</c>): protocol vocabulary (passing when it fits its
/// grammar), fields with a special role, and the device and session identifiers Codex adds (replaced by the proxy's
/// keyed hash). Anything not listed is scanned, names and values.
/// </summary>
internal static class ResponsesRequestShapes
{
    private static readonly JsonShape Text = JsonShape.Text;

    /// <summary>A tool: flat function tools, custom tools (Codex <c>apply_patch</c>) and server-side tools.</summary>
    private static readonly JsonShape Tool = JsonShape.Object(new()
    {
        ["type"] = OneOf("function", "custom", "web_search", "web_search_preview", "local_shell", "file_search"),
        ["name"] = Text,
        ["description"] = Text,
        ["parameters"] = JsonShape.FreeForm,
        ["strict"] = Flag,
        ["format"] = JsonShape.Object(new()
        {
            ["type"] = OneOf("grammar", "text"),
            ["syntax"] = OneOf("lark", "regex"),
            ["definition"] = Text,
        }),
        ["search_context_size"] = OneOf("low", "medium", "high"),
    });

    private static readonly JsonShape TextOptions = JsonShape.Object(new()
    {
        ["format"] = JsonShape.Object(new()
        {
            ["type"] = OneOf("text", "json_object", "json_schema"),
            ["name"] = Text,
            ["description"] = Text,
            ["schema"] = JsonShape.FreeForm,
            ["strict"] = Flag,
        }),
        ["verbosity"] = OneOf("low", "medium", "high"),
    });

    /// <summary>Root of a Responses request.</summary>
    public static JsonShape Root { get; } = JsonShape.Object(new()
    {
        ["model"] = Model,
        ["instructions"] = Text,
        ["input"] = JsonShape.Union(FieldRole.Text, items: ResponsesInputShapes.InputItem),
        ["tools"] = JsonShape.ArrayOf(Tool),
        ["tool_choice"] = JsonShape.Union(FieldGrammar.OneOf("none", "auto", "required"), new()
        {
            ["type"] = OneOf("function", "custom", "allowed_tools", "web_search", "web_search_preview"),
            ["name"] = Text,
            ["mode"] = OneOf("auto", "required"),
        }),
        ["parallel_tool_calls"] = Flag,
        ["text"] = TextOptions,
        ["reasoning"] = JsonShape.Object(new()
        {
            ["effort"] = OneOf("none", "minimal", "low", "medium", "high", "xhigh", "max"),
            ["summary"] = OneOf("auto", "concise", "detailed", "none"),
            ["generate_summary"] = OneOf("auto", "concise", "detailed", "none"),
        }),

        // Codex: installation, session, thread and turn ids, and its thread id as the cache key.
        ["client_metadata"] = JsonShape.Identifier,
        ["prompt_cache_key"] = JsonShape.Identifier,
        ["safety_identifier"] = JsonShape.Identifier,
        ["metadata"] = JsonShape.Identifier,
        ["stream"] = Flag,
        ["stream_options"] = JsonShape.Object(new() { ["include_obfuscation"] = Flag }),
        ["store"] = Flag,
        ["background"] = Flag,
        ["previous_response_id"] = Id,
        ["include"] = JsonShape.ArrayOf(OneOf(
            "reasoning.encrypted_content", "message.output_text.logprobs", "web_search_call.action.sources",
            "web_search_call.results", "file_search_call.results", "code_interpreter_call.outputs",
            "computer_call_output.output.image_url", "message.input_image.image_url")),
        ["max_output_tokens"] = Count,
        ["max_tool_calls"] = Count,
        ["temperature"] = Temperature,
        ["top_p"] = Probability,
        ["top_logprobs"] = JsonShape.Vocabulary(FieldGrammar.Number(0, 20)),
        ["truncation"] = OneOf("auto", "disabled"),
        ["service_tier"] = OneOf("auto", "default", "flex", "scale", "priority"),
        ["prompt_cache_retention"] = OneOf("in-memory", "24h"),
    });
}
