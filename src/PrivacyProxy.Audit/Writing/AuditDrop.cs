namespace PrivacyProxy.Audit;

/// <summary>
/// A report of lost events, for the host to log and count: why, how many, and for a store failure the last error
/// (an exception from the store, which holds no event content: events carry no values).
/// </summary>
public sealed record AuditDrop(AuditDropReason Reason, int Count, Exception? Error = null);
