using System.Buffers;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// The streaming restorers of one Ollama response, one per text field across lines, and the text they released
/// at the end that still needs a place (a field added to the final line, or a synthetic line).
/// </summary>
internal sealed class OllamaTextFields
{
    private readonly OllamaLayout _layout;
    private readonly ITextRestorer _restorer;
    private readonly IStreamingTextRestorer?[] _streams;
    private readonly string[] _tails;

    /// <summary>Creates the restorers' holder for one response.</summary>
    public OllamaTextFields(OllamaLayout layout, ITextRestorer restorer)
    {
        _layout = layout;
        _restorer = restorer;
        _streams = new IStreamingTextRestorer?[layout.TextFields.Length];
        _tails = new string[layout.TextFields.Length];
        ClearTails();
    }

    /// <summary>Number of text fields.</summary>
    public int Count => _streams.Length;

    /// <summary>Pushes a fragment of <paramref name="field"/>; returns the text released now.</summary>
    public string Push(int field, string fragment) =>
        (_streams[field] ??= _restorer.BeginStream(TextContext.Plain)).Push(fragment);

    /// <summary>Ends <paramref name="field"/>; returns what it held back. The next push starts afresh.</summary>
    public string Flush(int field)
    {
        var stream = _streams[field];
        _streams[field] = null;
        return stream?.Flush() ?? string.Empty;
    }

    /// <summary>Keeps released text that has no field to go into yet.</summary>
    public void SetTail(int field, string text) => _tails[field] = text;

    /// <summary>Flushes every field into the tails; true when any released text.</summary>
    public bool FlushAllToTails()
    {
        bool any = false;
        for (int field = 0; field < _streams.Length; field++)
        {
            _tails[field] = Flush(field);
            any |= _tails[field].Length > 0;
        }

        return any;
    }

    /// <summary>Forgets the tails.</summary>
    public void ClearTails() => Array.Fill(_tails, string.Empty);

    /// <summary>Writes each non-empty tail as a member added to <paramref name="container"/>.</summary>
    public void AppendTails(JsonSpanIndex index, JsonSplice splice, JsonAppender appender, int container)
    {
        for (int field = 0; field < _tails.Length; field++)
        {
            if (_tails[field].Length > 0)
            {
                JsonStringEscaper.WriteQuoted(_tails[field], appender.BeginMember(index, splice, container, _layout.TextFields[field]));
                splice.End();
            }
        }
    }

    /// <summary>Writes the container object holding the tails (<c>{"role":"assistant",…}</c>), optionally as a named member.</summary>
    public void WriteContainer(IBufferWriter<byte> output, bool withName)
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

    /// <summary>Writes the answer field (always: clients concatenate it without a null check) and the non-empty others.</summary>
    public void WriteTails(IBufferWriter<byte> output)
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
