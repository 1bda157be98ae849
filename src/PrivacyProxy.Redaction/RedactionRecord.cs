namespace PrivacyProxy.Redaction;

/// <summary>
/// What one detected value became, without the value: safe to log, audit and show. Category, type and rule id
/// come from the finding that first produced the value. <see cref="Placeholder"/> is null for a value the policy
/// left in place (<see cref="FindingTreatment.Keep"/>).
/// </summary>
public sealed record RedactionRecord(string? Placeholder, string Category, string Type, string RuleId)
{
    /// <summary>What the session did with the value.</summary>
    public FindingTreatment Treatment { get; init; } = FindingTreatment.Replace;
}
