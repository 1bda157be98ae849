namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// Where restorable text sits in the choices of an OpenAI-format response: which container (the streamed
/// <c>delta</c>, the final <c>message</c>, or the choice itself for completions) and which string fields.
/// </summary>
internal sealed class OpenAIChoiceLayout
{
    private OpenAIChoiceLayout(string? streamContainer, string? messageContainer, string[] textFields, bool toolCalls)
    {
        StreamContainer = streamContainer;
        MessageContainer = messageContainer;
        TextFields = textFields;
        TextFieldsUtf8 = Array.ConvertAll(textFields, System.Text.Encoding.UTF8.GetBytes);
        ToolCalls = toolCalls;
    }

    /// <summary>Chat completions: <c>delta</c>/<c>message</c> with content, reasoning and refusal, plus tool calls.</summary>
    public static OpenAIChoiceLayout Chat { get; } =
        new("delta", "message", ["content", "reasoning_content", "refusal"], toolCalls: true);

    /// <summary>Completions (FIM): <c>choices[].text</c>.</summary>
    public static OpenAIChoiceLayout Completions { get; } = new(null, null, ["text"], toolCalls: false);

    /// <summary>Object inside a streamed choice that holds the fields; null when they sit on the choice itself.</summary>
    public string? StreamContainer { get; }

    /// <summary>Object inside a non-streamed choice that holds the fields; null when they sit on the choice itself.</summary>
    public string? MessageContainer { get; }

    /// <summary>Plain-text fields, in the order held-back text is released.</summary>
    public string[] TextFields { get; }

    /// <summary><see cref="TextFields"/> as UTF-8 property names.</summary>
    public byte[][] TextFieldsUtf8 { get; }

    /// <summary>True when choices carry <c>tool_calls[].function.arguments</c>.</summary>
    public bool ToolCalls { get; }
}
