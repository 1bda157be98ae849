using PrivacyProxy.Protocols.Json;
using static PrivacyProxy.Protocols.Json.VocabularyShapes;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// What the scrubber knows about Responses <c>input</c> items and their content parts, chosen by their
/// <c>type</c>. An item or part of a type not listed here is free-form: every string and name in it is scanned.
/// </summary>
internal static class ResponsesInputShapes
{
    private static readonly JsonShape Text = JsonShape.Text;

    private static readonly JsonShape TextPart = JsonShape.Object(new()
    {
        ["type"] = OneOf("input_text", "output_text", "reasoning_text", "summary_text", "text"),
        ["text"] = Text,
        ["annotations"] = JsonShape.FreeForm,
    });

    /// <summary>A content part of a message, a reasoning item or a tool output.</summary>
    public static JsonShape ContentPart { get; } = JsonShape.Discriminated("type", new()
    {
        ["input_text"] = TextPart,
        ["output_text"] = TextPart,
        ["reasoning_text"] = TextPart,
        ["summary_text"] = TextPart,
        ["text"] = TextPart,
        ["refusal"] = JsonShape.Object(new() { ["type"] = OneOf("refusal"), ["refusal"] = Text }),
        ["input_image"] = MediaPart(new()
        {
            ["type"] = OneOf("input_image"),
            ["image_url"] = JsonShape.Media(MediaKind.Image),
            ["file_id"] = Id,
            ["detail"] = OneOf("auto", "low", "high", "original"),
        }),
        ["input_file"] = MediaPart(new()
        {
            ["type"] = OneOf("input_file"),
            ["file_data"] = JsonShape.Media(MediaKind.File),
            ["file_url"] = JsonShape.Media(MediaKind.File),
            ["file_id"] = Id,
            ["filename"] = Text,
        }),
        ["input_audio"] = MediaPart(new()
        {
            ["type"] = OneOf("input_audio"),
            ["input_audio"] = JsonShape.Object(new() { ["data"] = JsonShape.Media(MediaKind.Audio), ["format"] = OneOf("wav", "mp3") }),
        }),
    });

    private static readonly JsonShape ItemType = OneOf(
        "message", "function_call", "function_call_output", "custom_tool_call", "custom_tool_call_output", "reasoning",
        "web_search_call", "item_reference");

    private static readonly JsonShape Contents = JsonShape.Union(FieldRole.Text, items: ContentPart);

    private static readonly JsonShape Message = JsonShape.Object(Item(new()
    {
        ["role"] = Role,
        ["phase"] = OneOf("commentary", "final_answer"),
        ["content"] = Contents,
    }));

    /// <summary>One <c>input</c> item; an item without <c>type</c> is a message (the SDKs' easy input form).</summary>
    public static JsonShape InputItem { get; } = JsonShape.Discriminated("type", new()
    {
        ["message"] = Message,
        ["function_call"] = JsonShape.Object(Call(new() { ["name"] = Text, ["arguments"] = Text })),
        ["function_call_output"] = JsonShape.Object(Call(new() { ["output"] = Contents })),
        ["custom_tool_call"] = JsonShape.Object(Call(new() { ["name"] = Text, ["input"] = Text })),
        ["custom_tool_call_output"] = JsonShape.Object(Call(new() { ["output"] = Contents })),
        ["reasoning"] = JsonShape.Object(Item(new()
        {
            ["content"] = JsonShape.ArrayOf(ContentPart),
            ["summary"] = JsonShape.ArrayOf(ContentPart),

            // Ciphertext of earlier reasoning: passes when it has the provider's shape, else the request is refused.
            ["encrypted_content"] = Opaque,
        })),
        ["web_search_call"] = JsonShape.Object(Item([])),
        ["item_reference"] = JsonShape.Object(Item([])),
    }, untyped: Message);

    /// <summary>
    /// A part that can carry inline media. Stripped, it becomes <c>input_text</c>: these parts appear only in input
    /// messages and tool outputs, where that is the text part.
    /// </summary>
    private static JsonShape MediaPart(Dictionary<string, JsonShape> properties) =>
        JsonShape.Object(properties).WithheldAs(MediaWithholding.TextPart("input_text"));

    private static Dictionary<string, JsonShape> Call(Dictionary<string, JsonShape> properties)
    {
        properties["call_id"] = Id;
        return Item(properties);
    }

    private static Dictionary<string, JsonShape> Item(Dictionary<string, JsonShape> properties)
    {
        properties["type"] = ItemType;
        properties["id"] = Id;
        properties["status"] = OneOf("in_progress", "completed", "incomplete");
        return properties;
    }
}
