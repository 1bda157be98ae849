using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// The streaming restorers of one response: one per (content block index, field), created on first use and
/// dropped when flushed, so a block index that is reused starts clean.
/// </summary>
internal sealed class AnthropicBlockStreams
{
    private readonly ITextRestorer _restorer;
    private readonly SortedDictionary<int, IStreamingTextRestorer?[]> _blocks = [];

    /// <summary>Creates the set for one response.</summary>
    public AnthropicBlockStreams(ITextRestorer restorer) => _restorer = restorer;

    /// <summary>True when no block has a restorer.</summary>
    public bool IsEmpty => _blocks.Count == 0;

    /// <summary>Block indexes with a restorer, ascending (a snapshot, safe to flush while iterating).</summary>
    public int[] Indexes => [.. _blocks.Keys];

    /// <summary>Pushes a fragment of <paramref name="field"/> of block <paramref name="index"/>; returns what can go out now.</summary>
    public string Push(int index, AnthropicDeltaField field, string fragment)
    {
        if (!_blocks.TryGetValue(index, out var streams))
        {
            streams = new IStreamingTextRestorer?[AnthropicDeltaField.All.Length];
            _blocks.Add(index, streams);
        }

        return (streams[field.Slot] ??= _restorer.BeginStream(field.Context)).Push(fragment);
    }

    /// <summary>Ends <paramref name="field"/> of block <paramref name="index"/>; returns what it held back.</summary>
    public string Flush(int index, AnthropicDeltaField field)
    {
        if (!_blocks.TryGetValue(index, out var streams) || streams[field.Slot] is not { } stream)
        {
            return string.Empty;
        }

        streams[field.Slot] = null;
        if (Array.TrueForAll(streams, static s => s is null))
        {
            _blocks.Remove(index);
        }

        return stream.Flush();
    }
}
