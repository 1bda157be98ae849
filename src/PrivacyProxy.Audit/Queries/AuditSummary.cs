namespace PrivacyProxy.Audit;

/// <summary>A period at a glance: requests, findings per category, requests per action (the API's summary).</summary>
public sealed record AuditSummary(
    long Requests,
    IReadOnlyDictionary<string, long> FindingsByCategory,
    IReadOnlyDictionary<string, long> RequestsByAction);
