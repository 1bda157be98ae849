using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// What the scrubber knows about Responses <c>input</c> items and their content parts, chosen by their
/// <c>type</c>. An item or part of a type not listed here is free-form: every string and name in it is scanned.
/// </summary>
internal static class ResponsesInputShapes
{
    private static readonly JsonShape Skip = JsonShape.Skip;
    private static readonly JsonShape Text = JsonShape.Text;

    private static readonly JsonShape TextPart = JsonShape.Object(new() { ["type"] = Skip, ["text"] = Text });

    /// <summary>A content part of a message, a reasoning item or a tool output.</summary>
    public static JsonShape ContentPart { get; } = JsonShape.Discriminated("type", new()
    {
        ["input_text"] = TextPart,
        ["output_text"] = TextPart,
        ["reasoning_text"] = TextPart,
        ["summary_text"] = TextPart,
        ["text"] = TextPart,
        ["refusal"] = JsonShape.Object(new() { ["type"] = Skip, ["refusal"] = Text }),
        ["input_image"] = JsonShape.Object(new()
        {
            ["type"] = Skip,
            ["image_url"] = JsonShape.Media,
            ["file_id"] = Skip,
            ["detail"] = Skip,
        }),
        ["input_file"] = JsonShape.Object(new()
        {
            ["type"] = Skip,
            ["file_data"] = JsonShape.Media,
            ["file_url"] = JsonShape.Media,
            ["file_id"] = Skip,
            ["filename"] = Text,
        }),
        ["input_audio"] = JsonShape.Object(new()
        {
            ["type"] = Skip,
            ["input_audio"] = JsonShape.Object(new() { ["data"] = JsonShape.Media, ["format"] = Skip }),
        }),
    });

    private static readonly JsonShape Contents = JsonShape.Union(FieldRole.Text, items: ContentPart);

    private static readonly JsonShape Message = JsonShape.Object(Item(new()
    {
        ["role"] = Skip,
        ["phase"] = Skip,
        ["content"] = Contents,
    }));

    /// <summary>One <c>input</c> item; an item without <c>type</c> is a message (the SDKs' easy input form).</summary>
    public static JsonShape InputItem { get; } = JsonShape.Discriminated("type", new()
    {
        ["message"] = Message,
        ["function_call"] = JsonShape.Object(Call(new() { ["name"] = Text, ["arguments"] = JsonShape.EmbeddedJson })),
        ["function_call_output"] = JsonShape.Object(Call(new() { ["output"] = Contents })),
        ["custom_tool_call"] = JsonShape.Object(Call(new() { ["name"] = Text, ["input"] = Text })),
        ["custom_tool_call_output"] = JsonShape.Object(Call(new() { ["output"] = Contents })),
        ["reasoning"] = JsonShape.Object(Item(new()
        {
            ["content"] = JsonShape.ArrayOf(ContentPart),
            ["summary"] = JsonShape.ArrayOf(ContentPart),

            // Opaque ciphertext of earlier reasoning; scanning it finds nothing and could only corrupt it.
            ["encrypted_content"] = Skip,
        })),
        ["web_search_call"] = JsonShape.Object(Item([])),
        ["item_reference"] = JsonShape.Object(Item([])),
    }, untyped: Message);

    private static Dictionary<string, JsonShape> Call(Dictionary<string, JsonShape> properties)
    {
        properties["call_id"] = Skip;
        return Item(properties);
    }

    private static Dictionary<string, JsonShape> Item(Dictionary<string, JsonShape> properties)
    {
        properties["type"] = Skip;
        properties["id"] = Skip;
        properties["status"] = Skip;
        return properties;
    }
}
