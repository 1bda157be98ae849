using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// A streamed text field of a content block: the delta type that carries it, its member name (in the delta and in
/// <c>content_block_start</c>) and the context its placeholders are restored in.
/// </summary>
internal sealed class AnthropicDeltaField
{
    private AnthropicDeltaField(int slot, string deltaType, string name, TextContext context)
    {
        Slot = slot;
        DeltaType = System.Text.Encoding.UTF8.GetBytes(deltaType);
        Name = System.Text.Encoding.UTF8.GetBytes(name);
        Context = context;
    }

    /// <summary><c>text_delta.text</c>.</summary>
    public static AnthropicDeltaField Text { get; } = new(0, "text_delta", "text", TextContext.Plain);

    /// <summary><c>thinking_delta.thinking</c>.</summary>
    public static AnthropicDeltaField Thinking { get; } = new(1, "thinking_delta", "thinking", TextContext.Plain);

    /// <summary><c>input_json_delta.partial_json</c>: fragments of a JSON document, so values land inside JSON strings.</summary>
    public static AnthropicDeltaField InputJson { get; } = new(2, "input_json_delta", "partial_json", TextContext.JsonString);

    private static readonly AnthropicDeltaField[] Fields = [Text, Thinking, InputJson];

    /// <summary>All fields, in the order held-back text is released when a block ends (indexed by <see cref="Slot"/>).</summary>
    public static ReadOnlySpan<AnthropicDeltaField> All => Fields;

    /// <summary>Position in <see cref="All"/>.</summary>
    public int Slot { get; }

    /// <summary>The delta's <c>type</c>, UTF-8.</summary>
    public byte[] DeltaType { get; }

    /// <summary>The member holding the text, UTF-8.</summary>
    public byte[] Name { get; }

    /// <summary>How restored values are escaped.</summary>
    public TextContext Context { get; }

    /// <summary>The field a delta of type <paramref name="deltaType"/> carries; null for deltas with no restorable text.</summary>
    public static AnthropicDeltaField? FromDeltaType(ReadOnlySpan<byte> deltaType)
    {
        foreach (var field in Fields)
        {
            if (deltaType.SequenceEqual(field.DeltaType))
            {
                return field;
            }
        }

        return null;
    }
}
