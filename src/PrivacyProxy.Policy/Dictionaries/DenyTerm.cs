namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>What an occurrence of a deny list's term is reported as: category CUSTOM, the list's type and rule id.</summary>
internal sealed record DenyTerm(string Type, string RuleId);
