using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.Ndjson;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// Restores Ollama response objects line by line, with one streaming restorer per text field across lines.
/// Held-back text goes into the <c>done:true</c> line (prepended to its field, or as a field added to it), or
/// into a synthetic line when the stream ends or fails without one. Lines that need no change pass byte for byte.
/// </summary>
internal sealed class OllamaLineRewriter : INdjsonLineRewriter
{
    private readonly OllamaLayout _layout;
    private readonly ITextRestorer _restorer;
    private readonly IStreamingTextRestorer?[] _streams;
    private readonly string[] _tails;
    private readonly JsonSplice _splice = new();
    private readonly JsonAppender _appender = new();
    private readonly OllamaEnvelope _envelope = new();

    /// <summary>Creates the rewriter for one response.</summary>
    public OllamaLineRewriter(OllamaLayout layout, ITextRestorer restorer)
    {
        _layout = layout;
        _restorer = restorer;
        _streams = new IStreamingTextRestorer?[layout.TextFields.Length];
        _tails = new string[layout.TextFields.Length];
    }

    /// <inheritdoc />
    public void Rewrite(JsonSpanIndex index, ReadOnlySpan<byte> line, IBufferWriter<byte> output) =>
        Rewrite(index, line, output, final: index.Kind(index.Property(line, JsonSpanIndex.Root, "done"u8)) == JsonTokenType.True);

    /// <summary>Writes one response object restored; <paramref name="final"/> releases everything held back into it.</summary>
    public void Rewrite(JsonSpanIndex index, ReadOnlySpan<byte> json, IBufferWriter<byte> output, bool final)
    {
        _envelope.Capture(index, json);
        _splice.Clear();
        _appender.Reset();
        int container = _layout.ContainerUtf8 is null ? JsonSpanIndex.Root : index.Property(json, JsonSpanIndex.Root, _layout.ContainerUtf8);
        bool hasContainer = index.IsObject(container);
        bool held = false;
        for (int field = 0; field < _streams.Length; field++)
        {
            _tails[field] = string.Empty;
            int node = hasContainer ? index.Property(json, container, _layout.TextFieldsUtf8[field]) : -1;
            if (index.IsString(node))
            {
                string fragment = index.GetString(json, node);
                string released = (_streams[field] ??= _restorer.BeginStream(TextContext.Plain)).Push(fragment);
                released = final ? released + Flush(field) : released;
                if (!string.Equals(fragment, released, StringComparison.Ordinal))
                {
                    _splice.ReplaceWithString(index.Start(node), index.End(node), released);
                }
            }
            else if (final && Flush(field) is { Length: > 0 } tail)
            {
                if (node >= 0)
                {
                    // null (or a non-string) where the text belongs: the held-back text takes its place.
                    _splice.ReplaceWithString(index.Start(node), index.End(node), tail);
                }
                else
                {
                    _tails[field] = tail;
                    held = true;
                }
            }
        }

        if (_layout.ToolCalls && hasContainer)
        {
            ToolCallRestorer.Restore(index, json, index.Property(json, container, "tool_calls"u8), _restorer, _splice);
        }

        if (held)
        {
            InsertHeldBack(index, json, container, hasContainer);
        }

        if (_splice.IsEmpty)
        {
            output.Write(json);
        }
        else
        {
            _splice.WriteTo(json, output);
        }
    }

    /// <inheritdoc />
    public void Release(ReadOnlySpan<byte> terminator, IBufferWriter<byte> output)
    {
        bool any = false;
        for (int field = 0; field < _streams.Length; field++)
        {
            _tails[field] = Flush(field);
            any |= _tails[field].Length > 0;
        }

        if (!any)
        {
            return;
        }

        _envelope.WriteStart(output);
        if (_layout.Container is null)
        {
            WriteTails(output);
        }
        else
        {
            WriteContainer(output);
        }

        output.Write(",\"done\":false}"u8);
        output.Write(terminator);
    }

    private string Flush(int field)
    {
        var stream = _streams[field];
        _streams[field] = null;
        return stream?.Flush() ?? string.Empty;
    }

    private void InsertHeldBack(JsonSpanIndex index, ReadOnlySpan<byte> json, int container, bool hasContainer)
    {
        if (!hasContainer)
        {
            // A chat line without a message object (or with a null one): give it one.
            var writer = container >= 0
                ? _splice.Begin(index.Start(container), index.End(container))
                : _appender.BeginMember(index, _splice, JsonSpanIndex.Root, _layout.Container!);
            WriteContainer(writer, withName: false);
            _splice.End();
            return;
        }

        for (int field = 0; field < _tails.Length; field++)
        {
            if (_tails[field].Length > 0)
            {
                JsonStringEscaper.WriteQuoted(_tails[field], _appender.BeginMember(index, _splice, container, _layout.TextFields[field]));
                _splice.End();
            }
        }
    }

    private void WriteContainer(IBufferWriter<byte> output, bool withName = true)
    {
        if (withName)
        {
            JsonStringEscaper.WriteQuoted(_layout.Container!, output);
            output.Write(":"u8);
        }

        output.Write("{\"role\":\"assistant\","u8);
        WriteTails(output);
        output.Write("}"u8);
    }

    /// <summary>Writes the answer field (always) and the other fields that hold text, as members without braces.</summary>
    private void WriteTails(IBufferWriter<byte> output)
    {
        for (int field = 0; field < _tails.Length; field++)
        {
            if (field > 0 && _tails[field].Length == 0)
            {
                continue;
            }

            if (field > 0)
            {
                output.Write(","u8);
            }

            JsonStringEscaper.WriteQuoted(_layout.TextFields[field], output);
            output.Write(":"u8);
            JsonStringEscaper.WriteQuoted(_tails[field], output);
        }
    }
}
