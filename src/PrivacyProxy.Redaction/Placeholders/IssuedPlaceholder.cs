using PrivacyProxy.Redaction.Restoring;

namespace PrivacyProxy.Redaction.Placeholders;

/// <summary>
/// One placeholder issued by a session and the value it stands for. <see cref="ToString"/> shows the placeholder
/// only, never the value.
/// </summary>
internal sealed class IssuedPlaceholder(string placeholder, string value, RedactionRecord? record)
{
    private string? _jsonValue;

    public string Placeholder { get; } = placeholder;

    public string Value { get; } = value;

    /// <summary>The audit record; null for input text that only looked like a placeholder.</summary>
    public RedactionRecord? Record { get; } = record;

    /// <summary>The value escaped for the inside of a JSON string, computed on first use.</summary>
    public string JsonValue => _jsonValue ??= JsonStringEscaper.Escape(Value);

    /// <summary>False for a masked value: the placeholder stays in the answer.</summary>
    public bool Restorable => Record?.Treatment != FindingTreatment.ReplaceOneWay;

    public string ValueFor(TextContext context) => context == TextContext.JsonString ? JsonValue : Value;

    public override string ToString() => Placeholder;
}
