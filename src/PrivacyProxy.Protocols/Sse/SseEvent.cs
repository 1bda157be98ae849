namespace PrivacyProxy.Protocols.Sse;

/// <summary>
/// One complete SSE event as received: its raw bytes (every line with its terminator, comments included, up to
/// and including the blank line that ended it), the joined <c>data</c> value and the <c>event</c> name.
/// </summary>
internal readonly ref struct SseEvent
{
    /// <summary>Creates the view.</summary>
    public SseEvent(ReadOnlySpan<byte> raw, ReadOnlySpan<SseLine> lines, ReadOnlySpan<byte> data, bool hasData, string? name)
    {
        Raw = raw;
        Lines = lines;
        Data = data;
        HasData = hasData;
        Name = name;
    }

    /// <summary>The event exactly as received.</summary>
    public ReadOnlySpan<byte> Raw { get; }

    /// <summary>The lines of <see cref="Raw"/>.</summary>
    public ReadOnlySpan<SseLine> Lines { get; }

    /// <summary>The data lines' values joined with LF (one leading space stripped from each).</summary>
    public ReadOnlySpan<byte> Data { get; }

    /// <summary>True when the event has at least one data line.</summary>
    public bool HasData { get; }

    /// <summary>The <c>event:</c> field, when present (Anthropic and Responses streams name their events).</summary>
    public string? Name { get; }
}
