namespace PrivacyProxy.Policy;

/// <summary>How often one (category, type, rule) was found in a request, and what the policy does with it.</summary>
public sealed record FindingCount(string Category, string Type, string RuleId, int Count, PolicyAction Action);
