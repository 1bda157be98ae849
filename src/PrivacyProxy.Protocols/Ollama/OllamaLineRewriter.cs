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
    private readonly OllamaTextFields _fields;
    private readonly JsonSplice _splice = new();
    private readonly JsonAppender _appender = new();
    private readonly JsonEnvelope _envelope = new(JsonEnvelope.OllamaLine);

    /// <summary>Creates the rewriter for one response.</summary>
    public OllamaLineRewriter(OllamaLayout layout, ITextRestorer restorer)
    {
        _layout = layout;
        _restorer = restorer;
        _fields = new OllamaTextFields(layout, restorer);
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
        _fields.ClearTails();
        int container = _layout.ContainerUtf8 is null ? JsonSpanIndex.Root : index.Property(json, JsonSpanIndex.Root, _layout.ContainerUtf8);
        bool hasContainer = index.IsObject(container);
        bool held = false;
        for (int field = 0; field < _fields.Count; field++)
        {
            int node = hasContainer ? index.Property(json, container, _layout.TextFieldsUtf8[field]) : -1;
            if (index.IsString(node))
            {
                string fragment = index.GetString(json, node);
                string released = _fields.Push(field, fragment);
                released = final ? released + _fields.Flush(field) : released;
                if (!string.Equals(fragment, released, StringComparison.Ordinal))
                {
                    _splice.ReplaceWithString(index.Start(node), index.End(node), released);
                }
            }
            else if (final && _fields.Flush(field) is { Length: > 0 } tail)
            {
                if (node >= 0)
                {
                    // null (or a non-string) where the text belongs: the held-back text takes its place.
                    _splice.ReplaceWithString(index.Start(node), index.End(node), tail);
                }
                else
                {
                    _fields.SetTail(field, tail);
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
            InsertHeldBack(index, container, hasContainer);
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
        if (!_fields.FlushAllToTails())
        {
            return;
        }

        _envelope.WriteStart(output);
        if (_layout.Container is null)
        {
            _fields.WriteTails(output);
        }
        else
        {
            _fields.WriteContainer(output, withName: true);
        }

        output.Write(",\"done\":false}"u8);
        output.Write(terminator);
    }

    private void InsertHeldBack(JsonSpanIndex index, int container, bool hasContainer)
    {
        if (hasContainer)
        {
            _fields.AppendTails(index, _splice, _appender, container);
            return;
        }

        // A chat line without a message object (or with a null one): give it one.
        var writer = container >= 0
            ? _splice.Begin(index.Start(container), index.End(container))
            : _appender.BeginMember(index, _splice, JsonSpanIndex.Root, _layout.Container!);
        _fields.WriteContainer(writer, withName: false);
        _splice.End();
    }
}
