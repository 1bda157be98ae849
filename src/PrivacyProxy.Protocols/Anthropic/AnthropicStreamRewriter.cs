using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Sse;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// Restores an Anthropic Messages SSE stream event by event, with one streaming restorer per (block index, field).
/// Held-back text is released as an extra <c>content_block_delta</c> just before the event that ends its field
/// (<c>signature_delta</c> for thinking, <c>content_block_stop</c>, or the message's end). Events that need no
/// change are forwarded byte for byte, in order.
/// </summary>
internal sealed class AnthropicStreamRewriter : ISseEventRewriter
{
    private readonly AnthropicBlockStreams _streams;
    private readonly AnthropicBlockRestorer _blocks;
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);

    /// <summary>Creates the rewriter for one response.</summary>
    public AnthropicStreamRewriter(ITextRestorer restorer)
    {
        _streams = new AnthropicBlockStreams(restorer);
        _blocks = new AnthropicBlockRestorer(restorer);
    }

    /// <inheritdoc />
    public void Rewrite(in SseEvent sseEvent, IBufferWriter<byte> output)
    {
        var data = sseEvent.Data;
        if (!sseEvent.HasData || !TryIndex(data))
        {
            output.Write(sseEvent.Raw);
            return;
        }

        var terminator = Terminator(sseEvent);
        _splice.Clear();
        int root = JsonSpanIndex.Root;
        switch (AnthropicEvents.Classify(_index, data, sseEvent.Name))
        {
            case AnthropicEventKind.BlockDelta:
                RewriteDelta(data, terminator, output);
                break;
            case AnthropicEventKind.BlockStart:
                RewriteStart(data, terminator, output);
                break;
            case AnthropicEventKind.BlockStop:
                if (TryGetIndex(data, out int stopped))
                {
                    FlushBlock(stopped, terminator, output);
                }

                break;
            case AnthropicEventKind.MessageStart:
                _blocks.RestoreContent(_index, data, _index.Property(data, root, "message"u8), _splice);
                break;
            case AnthropicEventKind.MessageDelta:
                FlushAll(terminator, output);
                _blocks.RestoreString(_index, data, _index.Property(data, _index.Property(data, root, "delta"u8), "stop_sequence"u8), _splice);
                break;
            case AnthropicEventKind.MessageStop:
            case AnthropicEventKind.Error:
                FlushAll(terminator, output);
                break;
            default:
                break;
        }

        Write(sseEvent, output);
    }

    /// <inheritdoc />
    public void Complete(IBufferWriter<byte> output) => FlushAll("\n"u8, output);

    private bool TryIndex(ReadOnlySpan<byte> data)
    {
        try
        {
            _index.Parse(data);
        }
        catch (JsonException)
        {
            return false;
        }

        return _index.IsObject(JsonSpanIndex.Root);
    }

    private bool TryGetIndex(ReadOnlySpan<byte> data, out int index) =>
        _index.TryGetInt32(data, _index.Property(data, JsonSpanIndex.Root, "index"u8), out index);

    private void RewriteDelta(ReadOnlySpan<byte> data, ReadOnlySpan<byte> terminator, IBufferWriter<byte> output)
    {
        int delta = _index.Property(data, JsonSpanIndex.Root, "delta"u8);
        if (!TryGetIndex(data, out int index) || !_index.IsObject(delta))
        {
            return;
        }

        var deltaType = AnthropicEvents.TypeOf(_index, data, delta);
        var field = AnthropicDeltaField.FromDeltaType(deltaType);
        if (field is null)
        {
            // The signature closes the thinking it covers: release that thinking first.
            if (deltaType.SequenceEqual("signature_delta"u8))
            {
                FlushField(index, AnthropicDeltaField.Thinking, terminator, output);
            }

            return;
        }

        PushString(index, field, _index.Property(data, delta, field.Name), data);
    }

    private void RewriteStart(ReadOnlySpan<byte> data, ReadOnlySpan<byte> terminator, IBufferWriter<byte> output)
    {
        int block = _index.Property(data, JsonSpanIndex.Root, "content_block"u8);
        if (!TryGetIndex(data, out int index) || !_index.IsObject(block))
        {
            _blocks.RestoreBlock(_index, data, block, _splice);
            return;
        }

        // A start for an index still open means its stop was lost: release what it held first.
        FlushBlock(index, terminator, output);
        PushString(index, AnthropicDeltaField.Text, _index.Property(data, block, AnthropicDeltaField.Text.Name), data);
        PushString(index, AnthropicDeltaField.Thinking, _index.Property(data, block, AnthropicDeltaField.Thinking.Name), data);
        _blocks.RestoreToolFields(_index, data, block, _splice);
    }

    private void PushString(int index, AnthropicDeltaField field, int node, ReadOnlySpan<byte> data)
    {
        if (!_index.IsString(node))
        {
            return;
        }

        string fragment = _index.GetString(data, node);
        string released = _streams.Push(index, field, fragment);
        if (!string.Equals(fragment, released, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString(_index.Start(node), _index.End(node), released);
        }
    }

    private void FlushField(int index, AnthropicDeltaField field, ReadOnlySpan<byte> terminator, IBufferWriter<byte> output)
    {
        string tail = _streams.Flush(index, field);
        if (tail.Length > 0)
        {
            AnthropicEventWriter.WriteDelta(index, field, tail, terminator, output);
        }
    }

    private void FlushBlock(int index, ReadOnlySpan<byte> terminator, IBufferWriter<byte> output)
    {
        foreach (var field in AnthropicDeltaField.All)
        {
            FlushField(index, field, terminator, output);
        }
    }

    private void FlushAll(ReadOnlySpan<byte> terminator, IBufferWriter<byte> output)
    {
        if (_streams.IsEmpty)
        {
            return;
        }

        foreach (int index in _streams.Indexes)
        {
            FlushBlock(index, terminator, output);
        }
    }

    private void Write(in SseEvent sseEvent, IBufferWriter<byte> output)
    {
        if (_splice.IsEmpty)
        {
            output.Write(sseEvent.Raw);
            return;
        }

        _scratch.ResetWrittenCount();
        _splice.WriteTo(sseEvent.Data, _scratch);
        SseEventWriter.WriteWithData(sseEvent, _scratch.WrittenSpan, output);
    }

    /// <summary>The line ending of the event's first line, so inserted events match the stream (LF when unknown).</summary>
    private static ReadOnlySpan<byte> Terminator(in SseEvent sseEvent)
    {
        if (sseEvent.Lines.IsEmpty)
        {
            return "\n"u8;
        }

        var first = sseEvent.Lines[0];
        var terminator = sseEvent.Raw.Slice(first.Start + first.ContentLength, first.Length - first.ContentLength);
        return terminator.IsEmpty ? "\n"u8 : terminator;
    }
}
