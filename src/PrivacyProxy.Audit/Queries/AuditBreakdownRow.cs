namespace PrivacyProxy.Audit;

/// <summary>
/// One group of a breakdown: its key (null for events without one, e.g. no team), the requests in it and their
/// findings. For finding dimensions (category, type, rule) the findings are those of that key only.
/// </summary>
public sealed record AuditBreakdownRow(string? Key, long Requests, long Findings);
