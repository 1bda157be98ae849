namespace PrivacyProxy.Policy;

/// <summary>One deny-term list, as bound from <c>PrivacyProxy:Policies:&lt;name&gt;:Dictionaries:N</c>.</summary>
public sealed class DictionaryDefinition
{
    /// <summary><c>[A-Za-z0-9_-]+</c>; upper-cased (hyphens as underscores) it becomes the finding and placeholder TYPE.</summary>
    public string Name { get; set; } = "";

    /// <summary>Inline terms; whole words, a term may hold spaces, hyphens and dots.</summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>A text file relative to <c>rules/dictionaries/</c>: one term per line, lines starting with '#' are comments.</summary>
    public string? File { get; set; }

    /// <summary>Exact case when true; otherwise case-insensitive.</summary>
    public bool CaseSensitive { get; set; }
}
