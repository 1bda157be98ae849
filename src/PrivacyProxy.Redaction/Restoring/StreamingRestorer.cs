namespace PrivacyProxy.Redaction.Restoring;

/// <summary>
/// Restores one field arriving in fragments. Holds back only the suffix from the first position that could still
/// start a placeholder or tolerated variant (shorter than <see cref="Placeholders.PlaceholderFormat.MaxVariantLength"/>),
/// so for any split the outputs joined equal restoring the whole text at once.
/// </summary>
internal sealed class StreamingRestorer(PlaceholderResolver resolver, TextContext context) : IStreamingTextRestorer
{
    private string _pending = string.Empty;

    public bool HasPending => _pending.Length > 0;

    /// <summary>How many characters are held back now.</summary>
    internal int PendingLength => _pending.Length;

    public string Push(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        if (_pending.Length == 0 && (resolver.IsEmpty || fragment.AsSpan().IndexOfAny('[', '\\') < 0))
        {
            return fragment;
        }

        string text = string.Concat(_pending, fragment);
        string output = RestoreScanner.Run(text, resolver, context, final: false, out int consumed);
        _pending = text[consumed..];
        return output;
    }

    public string Flush()
    {
        if (_pending.Length == 0)
        {
            return string.Empty;
        }

        string output = RestoreScanner.Run(_pending, resolver, context, final: true, out _);
        _pending = string.Empty;
        return output;
    }
}
