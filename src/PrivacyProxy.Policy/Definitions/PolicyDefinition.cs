namespace PrivacyProxy.Policy;

/// <summary>One policy as bound from <c>PrivacyProxy:Policies:&lt;name&gt;</c>; compiled by <see cref="PolicySetCompiler"/>.</summary>
public sealed class PolicyDefinition
{
    /// <summary>CATEGORY or TYPE -> action text (<see cref="PolicyActionNames"/>).</summary>
    public Dictionary<string, string> Actions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>refuse</c>, <c>strip</c> or <c>forward</c>; null falls back to the legacy setting, then <c>refuse</c>.</summary>
    public string? Media { get; set; }

    /// <summary>Deny-term lists, each found as category <c>CUSTOM</c> with the list's name as type.</summary>
    public List<DictionaryDefinition> Dictionaries { get; set; } = [];

    /// <summary>Texts never redacted (exact text, case-insensitive, whole words): findings inside them are dropped.</summary>
    public List<string> AllowTerms { get; set; } = [];
}
