namespace PrivacyProxy.Audit;

/// <summary>An event as read back from a store, with the id the store gave it.</summary>
public sealed record StoredAuditEvent(long Id, AuditEvent Event);
