using System.Collections.Frozen;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// What a protocol-vocabulary value may look like (issue 7, item 1): a string from a known set, a number in a
/// range, a flag, or an opaque provider blob. A value that fits passes unscanned; a string that does not is scanned
/// like text (a placeholder in <c>role</c> makes the provider refuse the request, which leaks nothing); a number out
/// of range, or a blob that is not provider ciphertext, is refused.
/// </summary>
internal sealed class FieldGrammar
{
    private readonly FrozenSet<string>? _values;

    private FieldGrammar(FieldGrammarKind kind, FrozenSet<string>? values = null, double min = double.MinValue, double max = double.MaxValue)
    {
        Kind = kind;
        _values = values;
        Min = min;
        Max = max;
    }

    /// <summary>true or false; any string in its place is scanned.</summary>
    public static FieldGrammar Flag { get; } = new(FieldGrammarKind.Flag);

    /// <summary>Any number (its digits are still scanned); any string in its place is scanned.</summary>
    public static FieldGrammar AnyNumber { get; } = new(FieldGrammarKind.Number);

    /// <summary>A count or index: a number from 0 up.</summary>
    public static FieldGrammar Count { get; } = Number(0, int.MaxValue);

    /// <summary>Ciphertext the provider issued and the client resends verbatim (signatures, encrypted reasoning).</summary>
    public static FieldGrammar Opaque { get; } = new(FieldGrammarKind.Opaque);

    /// <summary>What the grammar describes.</summary>
    public FieldGrammarKind Kind { get; }

    /// <summary>Smallest number accepted.</summary>
    public double Min { get; }

    /// <summary>Largest number accepted.</summary>
    public double Max { get; }

    /// <summary>One of the given strings, compared ordinally (case as the provider spells them).</summary>
    public static FieldGrammar OneOf(params string[] values) =>
        new(FieldGrammarKind.OneOf, values.ToFrozenSet(StringComparer.Ordinal));

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static FieldGrammar Number(double min, double max) => new(FieldGrammarKind.Number, min: min, max: max);

    /// <summary>True when the string value fits and may pass unscanned.</summary>
    public bool Accepts(string value) => _values is not null && _values.Contains(value);

    /// <summary>True when a number fits the range (a number in a field of another kind is out of range).</summary>
    public bool InRange(double value) => Kind == FieldGrammarKind.Number && value >= Min && value <= Max;
}
