using System.Text;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// One kind of streamed text in a Responses stream: its delta event, the <c>.done</c> event that repeats the full
/// text (and in which field), the part-level done event that also ends it, and how restored values are escaped.
/// </summary>
internal sealed class ResponsesTextKind
{
    private ResponsesTextKind(string name, string doneField, string? indexField, TextContext context, string? partDoneType)
    {
        DeltaType = Encoding.UTF8.GetBytes("response." + name + ".delta");
        DoneType = Encoding.UTF8.GetBytes("response." + name + ".done");
        DoneField = Encoding.UTF8.GetBytes(doneField);
        IndexField = indexField is null ? null : Encoding.UTF8.GetBytes(indexField);
        Context = context;
        PartDoneType = partDoneType is null ? null : Encoding.UTF8.GetBytes(partDoneType);
    }

    /// <summary>Every kind the proxy restores.</summary>
    public static ResponsesTextKind[] All { get; } =
    [
        new("output_text", "text", "content_index", TextContext.Plain, "response.content_part.done"),
        new("refusal", "refusal", "content_index", TextContext.Plain, "response.content_part.done"),
        new("reasoning_text", "text", "content_index", TextContext.Plain, "response.content_part.done"),
        new("reasoning_summary_text", "text", "summary_index", TextContext.Plain, "response.reasoning_summary_part.done"),
        new("function_call_arguments", "arguments", null, TextContext.JsonString, null),
        new("custom_tool_call_input", "input", null, TextContext.Plain, null),
        new("mcp_call_arguments", "arguments", null, TextContext.JsonString, null),
    ];

    /// <summary>Type of the delta event (<c>response.output_text.delta</c>); its text is in <c>delta</c>.</summary>
    public byte[] DeltaType { get; }

    /// <summary>Type of the event that ends the text and repeats it whole.</summary>
    public byte[] DoneType { get; }

    /// <summary>Field of the <c>.done</c> event that holds the whole text.</summary>
    public byte[] DoneField { get; }

    /// <summary>Field that numbers the part inside the item (<c>content_index</c>, <c>summary_index</c>); null when none.</summary>
    public byte[]? IndexField { get; }

    /// <summary>How restored values are written into this text.</summary>
    public TextContext Context { get; }

    /// <summary>The part-level done event that also ends this text; null when the kind has none.</summary>
    public byte[]? PartDoneType { get; }

    /// <summary>The kind whose delta event has type <paramref name="type"/>, or null.</summary>
    public static ResponsesTextKind? ByDelta(ReadOnlySpan<byte> type)
    {
        foreach (var kind in All)
        {
            if (type.SequenceEqual(kind.DeltaType))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The kind whose done event has type <paramref name="type"/>, or null.</summary>
    public static ResponsesTextKind? ByDone(ReadOnlySpan<byte> type)
    {
        foreach (var kind in All)
        {
            if (type.SequenceEqual(kind.DoneType))
            {
                return kind;
            }
        }

        return null;
    }
}
