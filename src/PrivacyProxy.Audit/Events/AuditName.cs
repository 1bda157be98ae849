using System.Buffers;

namespace PrivacyProxy.Audit;

/// <summary>
/// An id or name the audit may keep (route, caller, team, policy, model, category, type, rule): 1 to 128 characters
/// of <c>[A-Za-z0-9._:/-]</c>. Anything else becomes <see cref="Invalid"/>, so free text (a prompt, a header value,
/// an address with spaces or '@') cannot reach an audit row through a name.
/// </summary>
public readonly record struct AuditName
{
    /// <summary>What a name that breaks the length or charset rule is stored as.</summary>
    public const string Invalid = "invalid";

    /// <summary>The longest name kept.</summary>
    public const int MaxLength = 128;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-");

    private readonly string? _value;

    private AuditName(string value) => _value = value;

    /// <summary>The name as stored; <see cref="Invalid"/> for a default instance.</summary>
    public string Value => _value ?? Invalid;

    /// <summary>The name when <paramref name="text"/> is well formed, otherwise <see cref="Invalid"/>.</summary>
    public static AuditName From(string? text) => new(IsWellFormed(text) ? text! : Invalid);

    /// <summary>Null for a missing (null or empty) name, otherwise as <see cref="From"/>.</summary>
    public static AuditName? FromOptional(string? text) => string.IsNullOrEmpty(text) ? null : From(text);

    /// <summary>True when <paramref name="text"/> would be kept as it is.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: > 0 and <= MaxLength } && text.AsSpan().IndexOfAnyExcept(Allowed) < 0;

    /// <inheritdoc />
    public override string ToString() => Value;
}
