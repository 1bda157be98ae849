namespace PrivacyProxy.Redaction.Placeholders;

/// <summary>
/// Remembers the single-bracket shapes (<c>[EMAIL_1]</c>) the client itself wrote, so the restorer never turns the
/// client's own text into a value: a single-bracket form is restored only when it is not in this set.
/// </summary>
internal sealed class SingleBracketLiterals
{
    private readonly HashSet<string> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bodiesSpan;

    public SingleBracketLiterals() => _bodiesSpan = _bodies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the <c>TYPE_n</c> body seen between single brackets in the input.</summary>
    public void Add(ReadOnlySpan<char> body) => _bodiesSpan.Add(body);

    public bool Contains(ReadOnlySpan<char> body) => _bodiesSpan.Contains(body);
}
