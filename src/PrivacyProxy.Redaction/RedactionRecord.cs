namespace PrivacyProxy.Redaction;

/// <summary>
/// What one placeholder stands for, without the value: safe to log, audit and show. Category, type and rule id
/// come from the finding that first produced the value.
/// </summary>
public sealed record RedactionRecord(string Placeholder, string Category, string Type, string RuleId);
