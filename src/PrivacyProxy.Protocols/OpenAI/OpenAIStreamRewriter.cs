using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Sse;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// Restores an OpenAI-format SSE stream (chat and completions chunks) event by event, with one streaming restorer
/// per (choice, field) and per (choice, tool call). Held-back text is released into the chunk that carries the
/// choice's <c>finish_reason</c>, or into a synthetic chunk before <c>[DONE]</c> or at the end of the stream.
/// Events that need no change are forwarded byte for byte.
/// </summary>
internal sealed class OpenAIStreamRewriter : ISseEventRewriter
{
    private readonly OpenAIChoiceLayout _layout;
    private readonly byte[]? _containerUtf8;
    private readonly ITextRestorer _restorer;
    private readonly SortedDictionary<int, ChoiceStreamState> _choices = [];
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();
    private readonly JsonAppender _appender = new();
    private readonly HeldBackText _heldBack = new();
    private readonly JsonEnvelope _envelope = new(JsonEnvelope.OpenAIChunk);
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);

    /// <summary>Creates the rewriter for one response.</summary>
    public OpenAIStreamRewriter(OpenAIChoiceLayout layout, ITextRestorer restorer)
    {
        _layout = layout;
        _containerUtf8 = layout.StreamContainer is null ? null : System.Text.Encoding.UTF8.GetBytes(layout.StreamContainer);
        _restorer = restorer;
    }

    /// <inheritdoc />
    public void Rewrite(in SseEvent sseEvent, IBufferWriter<byte> output)
    {
        var data = sseEvent.Data;
        if (sseEvent.HasData && data.Trim(" \t\r\n"u8).SequenceEqual("[DONE]"u8))
        {
            WriteHeldBack(output);
            output.Write(sseEvent.Raw);
            return;
        }

        if (!sseEvent.HasData || !TryIndexChunk(data))
        {
            output.Write(sseEvent.Raw);
            return;
        }

        _envelope.Capture(_index, data);
        _splice.Clear();
        _appender.Reset();
        int position = 0;
        int choices = _index.Property(data, JsonSpanIndex.Root, "choices"u8);
        for (int choice = _index.FirstChild(choices); choice >= 0; choice = _index.NextSibling(choice))
        {
            if (_index.IsObject(choice))
            {
                RewriteChoice(data, choice, position);
            }

            position++;
        }

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
    public void Complete(IBufferWriter<byte> output) => WriteHeldBack(output);

    private bool TryIndexChunk(ReadOnlySpan<byte> data)
    {
        try
        {
            _index.Parse(data);
        }
        catch (JsonException)
        {
            return false;
        }

        return _index.IsObject(JsonSpanIndex.Root) && _index.Property(data, JsonSpanIndex.Root, "error"u8) < 0;
    }

    private void RewriteChoice(ReadOnlySpan<byte> data, int choice, int position)
    {
        int index = _index.TryGetInt32(data, _index.Property(data, choice, "index"u8), out int declared) ? declared : position;
        if (!_choices.TryGetValue(index, out var state))
        {
            state = new ChoiceStreamState(_restorer, _layout.TextFields.Length);
            _choices.Add(index, state);
        }

        bool finished = _index.IsString(_index.Property(data, choice, "finish_reason"u8));
        int container = _containerUtf8 is null ? choice : _index.Property(data, choice, _containerUtf8);
        container = _index.IsObject(container) ? container : -1;
        _heldBack.Clear();

        for (int field = 0; field < _layout.TextFields.Length; field++)
        {
            int node = _index.Property(data, container, _layout.TextFieldsUtf8[field]);
            if (_index.IsString(node))
            {
                string fragment = _index.GetString(data, node);
                string released = state.PushField(field, fragment);
                released = finished ? released + state.FlushField(field) : released;
                ReplaceIfChanged(node, fragment, released);
            }
            else if (finished)
            {
                string tail = state.FlushField(field);
                if (_index.Kind(node) == JsonTokenType.Null && tail.Length > 0)
                {
                    _splice.ReplaceWithString(_index.Start(node), _index.End(node), tail);
                }
                else
                {
                    _heldBack.AddField(_layout.TextFields[field], tail);
                }
            }
        }

        int toolCalls = _layout.ToolCalls ? _index.Property(data, container, "tool_calls"u8) : -1;
        RewriteToolCalls(data, state, toolCalls, finished);
        if (!finished)
        {
            return;
        }

        _heldBack.FlushTools(state);
        _choices.Remove(index);
        if (!_heldBack.IsEmpty)
        {
            InsertHeldBack(data, choice, container, toolCalls);
        }
    }

    private void RewriteToolCalls(ReadOnlySpan<byte> data, ChoiceStreamState state, int toolCalls, bool finished)
    {
        if (_index.Kind(toolCalls) != JsonTokenType.StartArray)
        {
            return;
        }

        int position = 0;
        for (int call = _index.FirstChild(toolCalls); call >= 0; call = _index.NextSibling(call), position++)
        {
            int toolIndex = _index.TryGetInt32(data, _index.Property(data, call, "index"u8), out int declared) ? declared : position;
            int function = _index.Property(data, call, "function"u8);
            int name = _index.Property(data, function, "name"u8);
            if (_index.IsString(name))
            {
                string value = _index.GetString(data, name);
                ReplaceIfChanged(name, value, _restorer.Restore(value, TextContext.Plain));
            }

            int arguments = _index.Property(data, function, "arguments"u8);
            if (_index.IsString(arguments))
            {
                string fragment = _index.GetString(data, arguments);
                string released = state.PushTool(toolIndex, fragment);
                released = finished ? released + state.FlushTool(toolIndex) : released;
                ReplaceIfChanged(arguments, fragment, released);
                continue;
            }

            string tail = finished ? state.FlushTool(toolIndex) : string.Empty;
            if (tail.Length == 0)
            {
                continue;
            }

            if (_index.Kind(arguments) == JsonTokenType.Null)
            {
                _splice.ReplaceWithString(_index.Start(arguments), _index.End(arguments), tail);
            }
            else if (_index.IsObject(function))
            {
                JsonStringEscaper.WriteQuoted(tail, _appender.BeginMember(_index, _splice, function, "arguments"));
                _splice.End();
            }
            else if (_index.IsObject(call))
            {
                var writer = _appender.BeginMember(_index, _splice, call, "function");
                writer.Write("{\"arguments\":"u8);
                JsonStringEscaper.WriteQuoted(tail, writer);
                writer.Write("}"u8);
                _splice.End();
            }
        }
    }

    private void InsertHeldBack(ReadOnlySpan<byte> data, int choice, int container, int toolCalls)
    {
        if (container < 0)
        {
            // No delta object to grow: give the choice one (replacing a non-object delta such as null).
            int existing = _containerUtf8 is null ? -1 : _index.Property(data, choice, _containerUtf8);
            var writer = existing >= 0
                ? _splice.Begin(_index.Start(existing), _index.End(existing))
                : _appender.BeginMember(_index, _splice, choice, _layout.StreamContainer ?? string.Empty);
            writer.Write("{"u8);
            _heldBack.WriteMembers(writer);
            writer.Write("}"u8);
            _splice.End();
            return;
        }

        foreach (var (name, text) in _heldBack.Fields)
        {
            JsonStringEscaper.WriteQuoted(text, _appender.BeginMember(_index, _splice, container, name));
            _splice.End();
        }

        if (_heldBack.Tools.Count == 0)
        {
            return;
        }

        if (_index.Kind(toolCalls) == JsonTokenType.StartArray)
        {
            foreach (var (toolIndex, text) in _heldBack.Tools)
            {
                HeldBackText.WriteToolItem(toolIndex, text, _appender.BeginItem(_index, _splice, toolCalls));
                _splice.End();
            }

            return;
        }

        var toolWriter = toolCalls >= 0
            ? _splice.Begin(_index.Start(toolCalls), _index.End(toolCalls))
            : _appender.BeginMember(_index, _splice, container, "tool_calls");
        toolWriter.Write("["u8);
        for (int i = 0; i < _heldBack.Tools.Count; i++)
        {
            if (i > 0)
            {
                toolWriter.Write(","u8);
            }

            HeldBackText.WriteToolItem(_heldBack.Tools[i].Index, _heldBack.Tools[i].Text, toolWriter);
        }

        toolWriter.Write("]"u8);
        _splice.End();
    }

    private void ReplaceIfChanged(int node, string original, string replacement)
    {
        if (!string.Equals(original, replacement, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString(_index.Start(node), _index.End(node), replacement);
        }
    }

    /// <summary>Releases everything still held back, as one synthetic chunk in the last envelope.</summary>
    private void WriteHeldBack(IBufferWriter<byte> output)
    {
        _scratch.ResetWrittenCount();
        _envelope.WriteStart(_scratch);
        _scratch.Write("\"choices\":["u8);
        bool any = false;
        foreach (var (index, state) in _choices)
        {
            _heldBack.Clear();
            _heldBack.FlushAll(state, _layout);
            if (_heldBack.IsEmpty)
            {
                continue;
            }

            _scratch.Write(any ? ",{\"index\":"u8 : "{\"index\":"u8);
            any = true;
            Span<byte> digits = _scratch.GetSpan(11);
            index.TryFormat(digits, out int written);
            _scratch.Advance(written);
            _scratch.Write(","u8);
            if (_layout.StreamContainer is null)
            {
                _heldBack.WriteMembers(_scratch);
            }
            else
            {
                _scratch.Write("\""u8);
                _scratch.Write(_containerUtf8);
                _scratch.Write("\":{"u8);
                _heldBack.WriteMembers(_scratch);
                _scratch.Write("}"u8);
            }

            _scratch.Write(",\"finish_reason\":null}"u8);
        }

        _choices.Clear();
        _scratch.Write("]}"u8);
        if (any)
        {
            SseEventWriter.WriteDataEvent(_scratch.WrittenSpan, output);
        }
    }
}
