using System.Buffers;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Sse;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// The streaming restorer of one text in a Responses stream, for one (item, part, kind), with what it needs to
/// recognise the events that end it and to write the extra delta event that releases its held-back text.
/// </summary>
internal sealed class ResponsesTextStream
{
    private readonly int _outputIndex;
    private readonly byte[]? _itemId;
    private readonly int _part;
    private readonly bool _named;
    private readonly bool _logprobs;

    /// <summary>Starts the text at the delta event indexed in <paramref name="index"/>.</summary>
    public ResponsesTextStream(ResponsesTextKind kind, ITextRestorer restorer, JsonSpanIndex index, ReadOnlySpan<byte> data, bool named)
    {
        Kind = kind;
        Restorer = restorer.BeginStream(kind.Context);
        _outputIndex = OutputIndexOf(index, data, JsonSpanIndex.Root);
        int itemId = index.Property(data, JsonSpanIndex.Root, "item_id"u8);
        _itemId = index.IsString(itemId) ? index.Raw(data, itemId).ToArray() : null;
        _part = PartOf(index, data);
        _named = named;
        _logprobs = index.Property(data, JsonSpanIndex.Root, "logprobs"u8) >= 0;
    }

    /// <summary>What kind of text this is.</summary>
    public ResponsesTextKind Kind { get; }

    /// <summary>The restorer the deltas go through.</summary>
    public IStreamingTextRestorer Restorer { get; }

    /// <summary>The <c>output_index</c> of an event object, or -1.</summary>
    public static int OutputIndexOf(JsonSpanIndex index, ReadOnlySpan<byte> data, int node) =>
        index.TryGetInt32(data, index.Property(data, node, "output_index"u8), out int value) ? value : -1;

    /// <summary>
    /// True when the item (<paramref name="outputIndex"/>, raw <paramref name="itemId"/> token) is this text's item.
    /// Output indexes are compared when both sides have one, else item ids; a side with neither matches any item.
    /// </summary>
    public bool IsInItem(int outputIndex, ReadOnlySpan<byte> itemId)
    {
        if (outputIndex >= 0 && _outputIndex >= 0)
        {
            return outputIndex == _outputIndex;
        }

        if (!itemId.IsEmpty && _itemId is not null)
        {
            return itemId.SequenceEqual(_itemId);
        }

        return (outputIndex < 0 && itemId.IsEmpty) || (_outputIndex < 0 && _itemId is null);
    }

    /// <summary>True when the event indexed in <paramref name="index"/> addresses this text's item and part.</summary>
    public bool IsAt(JsonSpanIndex index, ReadOnlySpan<byte> data)
    {
        int itemId = index.Property(data, JsonSpanIndex.Root, "item_id"u8);
        var id = index.IsString(itemId) ? index.Raw(data, itemId) : [];
        if (!IsInItem(OutputIndexOf(index, data, JsonSpanIndex.Root), id))
        {
            return false;
        }

        int part = PartOf(index, data);
        return part < 0 || _part < 0 || part == _part;
    }

    /// <summary>Writes a delta event of this text's kind that carries <paramref name="text"/>.</summary>
    public void WriteDelta(string text, int? sequence, ArrayBufferWriter<byte> scratch, IBufferWriter<byte> output)
    {
        if (_named)
        {
            output.Write("event: "u8);
            output.Write(Kind.DeltaType);
            output.Write("\n"u8);
        }

        scratch.ResetWrittenCount();
        scratch.Write("{\"type\":\""u8);
        scratch.Write(Kind.DeltaType);
        scratch.Write("\""u8);
        if (sequence is int number)
        {
            WriteNumber(",\"sequence_number\":"u8, number, scratch);
        }

        if (_itemId is not null)
        {
            scratch.Write(",\"item_id\":"u8);
            scratch.Write(_itemId);
        }

        if (_outputIndex >= 0)
        {
            WriteNumber(",\"output_index\":"u8, _outputIndex, scratch);
        }

        if (_part >= 0 && Kind.IndexField is not null)
        {
            scratch.Write(",\""u8);
            scratch.Write(Kind.IndexField);
            WriteNumber("\":"u8, _part, scratch);
        }

        scratch.Write(",\"delta\":"u8);
        JsonStringEscaper.WriteQuoted(text, scratch);
        scratch.Write(_logprobs ? ",\"logprobs\":[]}"u8 : "}"u8);
        SseEventWriter.WriteDataEvent(scratch.WrittenSpan, output);
    }

    private int PartOf(JsonSpanIndex index, ReadOnlySpan<byte> data) =>
        Kind.IndexField is not null && index.TryGetInt32(data, index.Property(data, JsonSpanIndex.Root, Kind.IndexField), out int value)
            ? value
            : -1;

    private static void WriteNumber(ReadOnlySpan<byte> prefix, int value, ArrayBufferWriter<byte> output)
    {
        output.Write(prefix);
        Span<byte> digits = output.GetSpan(11);
        value.TryFormat(digits, out int written);
        output.Advance(written);
    }
}
