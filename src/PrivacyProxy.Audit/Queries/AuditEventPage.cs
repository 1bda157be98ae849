namespace PrivacyProxy.Audit;

/// <summary>One page of events, newest first, and the cursor of the next page (null on the last page).</summary>
public sealed record AuditEventPage(IReadOnlyList<StoredAuditEvent> Events, AuditCursor? Next);
