using System.Text;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// Where restorable text sits in an Ollama response object: in <c>message</c> (chat) or on the object itself
/// (generate), which text fields, and whether whole tool calls ride along.
/// </summary>
internal sealed class OllamaLayout
{
    private OllamaLayout(string? container, string[] textFields, bool toolCalls)
    {
        Container = container;
        ContainerUtf8 = container is null ? null : Encoding.UTF8.GetBytes(container);
        TextFields = textFields;
        TextFieldsUtf8 = Array.ConvertAll(textFields, Encoding.UTF8.GetBytes);
        ToolCalls = toolCalls;
    }

    /// <summary><c>/api/chat</c>: <c>message.content</c>, <c>message.thinking</c> and <c>message.tool_calls</c>.</summary>
    public static OllamaLayout Chat { get; } = new("message", ["content", "thinking"], toolCalls: true);

    /// <summary><c>/api/generate</c>: <c>response</c> and <c>thinking</c> on the object itself.</summary>
    public static OllamaLayout Generate { get; } = new(null, ["response", "thinking"], toolCalls: false);

    /// <summary>Object that holds the fields; null when they sit on the response object itself.</summary>
    public string? Container { get; }

    /// <summary><see cref="Container"/> as a UTF-8 property name.</summary>
    public byte[]? ContainerUtf8 { get; }

    /// <summary>
    /// Text fields; the first is the answer, which Ollama always sends (a synthetic object carries it even when
    /// empty, since clients concatenate it without a null check); the others only when non-empty.
    /// </summary>
    public string[] TextFields { get; }

    /// <summary><see cref="TextFields"/> as UTF-8 property names.</summary>
    public byte[][] TextFieldsUtf8 { get; }

    /// <summary>True when the container carries <c>tool_calls[].function</c> with object arguments.</summary>
    public bool ToolCalls { get; }
}
