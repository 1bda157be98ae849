using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// The streaming restorers of one choice: one per text field and one per tool-call index, created on first use
/// and removed when flushed, so a finished field can start again cleanly.
/// </summary>
internal sealed class ChoiceStreamState
{
    private readonly ITextRestorer _restorer;
    private readonly IStreamingTextRestorer?[] _fields;
    private readonly SortedDictionary<int, IStreamingTextRestorer> _tools = [];

    /// <summary>Creates the state for a choice with <paramref name="fieldCount"/> text fields.</summary>
    public ChoiceStreamState(ITextRestorer restorer, int fieldCount)
    {
        _restorer = restorer;
        _fields = new IStreamingTextRestorer?[fieldCount];
    }

    /// <summary>Tool-call indexes that have a restorer.</summary>
    public IEnumerable<int> ToolIndexes => _tools.Keys;

    /// <summary>Pushes a fragment of text field <paramref name="field"/>.</summary>
    public string PushField(int field, string fragment) =>
        (_fields[field] ??= _restorer.BeginStream(TextContext.Plain)).Push(fragment);

    /// <summary>Pushes a fragment of the arguments of tool call <paramref name="toolIndex"/>.</summary>
    public string PushTool(int toolIndex, string fragment)
    {
        if (!_tools.TryGetValue(toolIndex, out var stream))
        {
            stream = _restorer.BeginStream(TextContext.JsonString);
            _tools.Add(toolIndex, stream);
        }

        return stream.Push(fragment);
    }

    /// <summary>Ends text field <paramref name="field"/>; returns what it held back.</summary>
    public string FlushField(int field)
    {
        var stream = _fields[field];
        _fields[field] = null;
        return stream?.Flush() ?? string.Empty;
    }

    /// <summary>Ends the arguments of tool call <paramref name="toolIndex"/>; returns what they held back.</summary>
    public string FlushTool(int toolIndex) =>
        _tools.Remove(toolIndex, out var stream) ? stream.Flush() : string.Empty;
}
