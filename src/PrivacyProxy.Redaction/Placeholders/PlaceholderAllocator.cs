namespace PrivacyProxy.Redaction.Placeholders;

/// <summary>
/// Numbers placeholders per type from 1 in order of first appearance, and finds an issued one again by type
/// (any case) and number, without allocating.
/// </summary>
internal sealed class PlaceholderAllocator
{
    private readonly Dictionary<string, List<IssuedPlaceholder>> _byType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<IssuedPlaceholder>>.AlternateLookup<ReadOnlySpan<char>> _byTypeSpan;

    public PlaceholderAllocator() => _byTypeSpan = _byType.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many placeholders were issued, of all types.</summary>
    public int Count { get; private set; }

    /// <summary>Issues the next placeholder of <paramref name="type"/> (already in the grammar) for a new value.</summary>
    public IssuedPlaceholder Issue(string type, string value, Func<string, RedactionRecord?> recordFor)
    {
        if (!_byType.TryGetValue(type, out List<IssuedPlaceholder>? issued))
        {
            issued = [];
            _byType.Add(type, issued);
        }

        if (issued.Count >= PlaceholderFormat.MaxNumber)
        {
            throw new InvalidOperationException("Too many placeholders of one type in one request.");
        }

        string placeholder = PlaceholderFormat.Format(type, issued.Count + 1);
        var entry = new IssuedPlaceholder(placeholder, value, recordFor(placeholder));
        issued.Add(entry);
        Count++;
        return entry;
    }

    /// <summary>True when some placeholder of this type (any case) was issued.</summary>
    public bool HasType(ReadOnlySpan<char> type) => _byTypeSpan.ContainsKey(type);

    /// <summary>Finds the placeholder issued for <paramref name="type"/> (any case) and canonical <paramref name="digits"/>.</summary>
    public bool TryFind(ReadOnlySpan<char> type, ReadOnlySpan<char> digits, out IssuedPlaceholder? issued)
    {
        issued = null;
        if (!_byTypeSpan.TryGetValue(type, out List<IssuedPlaceholder>? list)
            || !PlaceholderFormat.TryParseNumber(digits, out int number) || number > list.Count)
        {
            return false;
        }

        issued = list[number - 1];
        return true;
    }
}
