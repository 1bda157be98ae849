using System.Buffers;
using System.Text;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Sse;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// Restores a Responses SSE stream (named events, <c>sequence_number</c>, no <c>[DONE]</c>) event by event. Each
/// delta text (item, part, kind) has its own streaming restorer; what it holds back is released as an extra delta
/// event of the same kind just before the event that ends the text (its <c>.done</c>, the part's or item's done
/// event, or the terminal event), or at the end of the stream. Full copies (<c>.done</c> texts, parts, items,
/// Response objects) are restored whole. Inserted events shift later sequence numbers (see
/// <see cref="SequenceNumbering"/>); until then, events that need no change are forwarded byte for byte.
/// </summary>
internal sealed class ResponsesStreamRewriter : ISseEventRewriter
{
    private static readonly byte[][] TerminalTypes =
        ["response.completed"u8.ToArray(), "response.incomplete"u8.ToArray(), "response.failed"u8.ToArray(), "error"u8.ToArray()];

    private readonly ITextRestorer _restorer;
    private readonly ResponsesOutputRestorer _output;
    private readonly List<ResponsesTextStream> _streams = [];
    private readonly SequenceNumbering _numbers = new();
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);

    /// <summary>Creates the rewriter for one response.</summary>
    public ResponsesStreamRewriter(ITextRestorer restorer)
    {
        _restorer = restorer;
        _output = new ResponsesOutputRestorer(restorer);
    }

    /// <inheritdoc />
    public void Rewrite(in SseEvent sseEvent, IBufferWriter<byte> output)
    {
        var data = sseEvent.Data;
        if (sseEvent.HasData && data.Trim(" \t\r\n"u8).SequenceEqual("[DONE]"u8))
        {
            Release(ReleaseScope.All, null, [], data, output);
            output.Write(sseEvent.Raw);
            return;
        }

        if (!sseEvent.HasData || !TryIndex(data))
        {
            output.Write(sseEvent.Raw);
            return;
        }

        int typeNode = _index.Property(data, JsonSpanIndex.Root, "type"u8);
        ReadOnlySpan<byte> type = _index.IsString(typeNode)
            ? _index.Raw(data, typeNode)[1..^1]
            : Encoding.UTF8.GetBytes(sseEvent.Name ?? string.Empty);
        var doneKind = ResponsesTextKind.ByDone(type);
        Release(ScopeOf(type, doneKind), doneKind, type, data, output);

        _splice.Clear();
        RestoreEvent(type, doneKind, data, sseEvent.Name is not null);
        Renumber(data);
        if (_splice.IsEmpty)
        {
            output.Write(sseEvent.Raw);
            return;
        }

        _scratch.ResetWrittenCount();
        _splice.WriteTo(data, _scratch);
        SseEventWriter.WriteWithData(sseEvent, _scratch.WrittenSpan, output);
    }

    /// <inheritdoc />
    public void Complete(IBufferWriter<byte> output) => Release(ReleaseScope.All, null, [], [], output);

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

    private static ReleaseScope ScopeOf(ReadOnlySpan<byte> type, ResponsesTextKind? doneKind)
    {
        if (doneKind is not null)
        {
            return ReleaseScope.Text;
        }

        if (type.SequenceEqual("response.content_part.done"u8) || type.SequenceEqual("response.reasoning_summary_part.done"u8))
        {
            return ReleaseScope.Part;
        }

        if (type.SequenceEqual("response.output_item.done"u8))
        {
            return ReleaseScope.Item;
        }

        foreach (var terminal in TerminalTypes)
        {
            if (type.SequenceEqual(terminal))
            {
                return ReleaseScope.All;
            }
        }

        return ReleaseScope.None;
    }

    /// <summary>Flushes the open texts the current event ends and writes their held-back text as delta events.</summary>
    private void Release(
        ReleaseScope scope, ResponsesTextKind? doneKind, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data, IBufferWriter<byte> output)
    {
        if (scope == ReleaseScope.None || _streams.Count == 0)
        {
            return;
        }

        int kept = 0;
        for (int i = 0; i < _streams.Count; i++)
        {
            var stream = _streams[i];
            if (!Ends(scope, doneKind, stream, type, data))
            {
                _streams[kept++] = stream;
                continue;
            }

            string tail = stream.Restorer.Flush();
            if (tail.Length > 0)
            {
                stream.WriteDelta(tail, _numbers.NextInserted(), _scratch, output);
            }
        }

        _streams.RemoveRange(kept, _streams.Count - kept);
    }

    private bool Ends(ReleaseScope scope, ResponsesTextKind? doneKind, ResponsesTextStream stream, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        switch (scope)
        {
            case ReleaseScope.All:
                return true;
            case ReleaseScope.Text:
                return stream.Kind == doneKind && stream.IsAt(_index, data);
            case ReleaseScope.Part:
                return stream.Kind.PartDoneType is { } partDone && type.SequenceEqual(partDone) && stream.IsAt(_index, data);
            default:
                int item = _index.Property(data, JsonSpanIndex.Root, "item"u8);
                int id = _index.Property(data, item, "id"u8);
                return stream.IsInItem(
                    ResponsesTextStream.OutputIndexOf(_index, data, JsonSpanIndex.Root),
                    _index.IsString(id) ? _index.Raw(data, id) : []);
        }
    }

    private void RestoreEvent(ReadOnlySpan<byte> type, ResponsesTextKind? doneKind, ReadOnlySpan<byte> data, bool named)
    {
        const int root = 0;
        var deltaKind = doneKind is null ? ResponsesTextKind.ByDelta(type) : null;
        if (deltaKind is not null)
        {
            RestoreDelta(deltaKind, data, named);
            return;
        }

        if (doneKind is not null)
        {
            _output.RestoreString(_index, data, _index.Property(data, root, doneKind.DoneField), doneKind.Context, _splice);
        }

        _output.RestoreItem(_index, data, _index.Property(data, root, "item"u8), _splice);
        int part = _index.Property(data, root, "part"u8);
        if (_index.IsObject(part))
        {
            _output.RestorePart(_index, data, part, _splice);
        }

        int response = _index.Property(data, root, "response"u8);
        if (_index.IsObject(response))
        {
            _output.RestoreResponse(_index, data, response, _splice);
        }
    }

    private void RestoreDelta(ResponsesTextKind kind, ReadOnlySpan<byte> data, bool named)
    {
        int delta = _index.Property(data, JsonSpanIndex.Root, "delta"u8);
        if (!_index.IsString(delta))
        {
            return;
        }

        ResponsesTextStream? stream = null;
        foreach (var open in _streams)
        {
            if (open.Kind == kind && open.IsAt(_index, data))
            {
                stream = open;
                break;
            }
        }

        if (stream is null)
        {
            stream = new ResponsesTextStream(kind, _restorer, _index, data, named);
            _streams.Add(stream);
        }

        string fragment = _index.GetString(data, delta);
        string released = stream.Restorer.Push(fragment);
        if (!string.Equals(fragment, released, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString(_index.Start(delta), _index.End(delta), released);
        }
    }

    private void Renumber(ReadOnlySpan<byte> data)
    {
        int node = _index.Property(data, JsonSpanIndex.Root, "sequence_number"u8);
        if (!_index.TryGetInt32(data, node, out int upstream))
        {
            return;
        }

        int number = _numbers.Map(upstream);
        if (number != upstream)
        {
            var writer = _splice.Begin(_index.Start(node), _index.End(node));
            Span<byte> digits = writer.GetSpan(11);
            number.TryFormat(digits, out int written);
            writer.Advance(written);
            _splice.End();
        }
    }
}
