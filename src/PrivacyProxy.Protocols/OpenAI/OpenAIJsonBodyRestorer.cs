using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// Restores a non-streamed OpenAI-format response: the text fields of every choice and tool-call arguments
/// (JSON-escaped inside the arguments document). Only changed strings are rewritten; anything that is not a
/// completion (error bodies, unparseable bodies) passes unchanged.
/// </summary>
internal sealed class OpenAIJsonBodyRestorer : IJsonBodyRewriter
{
    private readonly OpenAIChoiceLayout _layout;
    private readonly ITextRestorer _restorer;
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();

    /// <summary>Creates the restorer.</summary>
    public OpenAIJsonBodyRestorer(OpenAIChoiceLayout layout, ITextRestorer restorer)
    {
        _layout = layout;
        _restorer = restorer;
    }

    /// <inheritdoc />
    public void Rewrite(ReadOnlySpan<byte> body, IBufferWriter<byte> output)
    {
        try
        {
            _index.Parse(body);
        }
        catch (JsonException)
        {
            output.Write(body);
            return;
        }

        _splice.Clear();
        int choices = _index.Property(body, JsonSpanIndex.Root, "choices"u8);
        for (int choice = _index.FirstChild(choices); choice >= 0; choice = _index.NextSibling(choice))
        {
            int container = _layout.MessageContainer is null ? choice : _index.Property(body, choice, "message"u8);
            RestoreChoice(body, container);
        }

        if (_splice.IsEmpty)
        {
            output.Write(body);
        }
        else
        {
            _splice.WriteTo(body, output);
        }
    }

    private void RestoreChoice(ReadOnlySpan<byte> body, int container)
    {
        foreach (var field in _layout.TextFieldsUtf8)
        {
            Restore(body, _index.Property(body, container, field), TextContext.Plain);
        }

        if (!_layout.ToolCalls)
        {
            return;
        }

        int toolCalls = _index.Property(body, container, "tool_calls"u8);
        for (int call = _index.FirstChild(toolCalls); call >= 0; call = _index.NextSibling(call))
        {
            int function = _index.Property(body, call, "function"u8);
            Restore(body, _index.Property(body, function, "name"u8), TextContext.Plain);
            Restore(body, _index.Property(body, function, "arguments"u8), TextContext.JsonString);
        }
    }

    private void Restore(ReadOnlySpan<byte> body, int node, TextContext context)
    {
        if (!_index.IsString(node))
        {
            return;
        }

        string value = _index.GetString(body, node);
        string restored = _restorer.Restore(value, context);
        if (!string.Equals(value, restored, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString(_index.Start(node), _index.End(node), restored);
        }
    }
}
