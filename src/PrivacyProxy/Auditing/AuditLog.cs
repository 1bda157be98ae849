namespace PrivacyProxy.Auditing;

/// <summary>The audit trail's log lines: store names, paths, counts and exception type names only, never an event's content or a connection string.</summary>
internal static partial class AuditLog
{
    [LoggerMessage(80, LogLevel.Information, "Audit store {Store} opened ({Location}); events kept {RetentionDays} days; fingerprint key {KeyId} (+{PreviousKeys} earlier)")]
    public static partial void StoreOpened(ILogger logger, string store, string location, int retentionDays, string keyId, int previousKeys);

    [LoggerMessage(81, LogLevel.Warning, "Audit store {Store} could not be opened ({ErrorType}); PrivacyProxy:Audit:Required is false, so the proxy runs and counts every audit event as dropped until the store opens")]
    public static partial void StoreUnavailable(ILogger logger, string store, string errorType);

    [LoggerMessage(82, LogLevel.Warning, "Audit events dropped: {Count} ({Reason}, last error {ErrorType}); {Total} dropped since start")]
    public static partial void EventsDropped(ILogger logger, long count, string reason, string errorType, long total);

    [LoggerMessage(83, LogLevel.Information, "Audit retention: {Count} events older than {RetentionDays} days purged")]
    public static partial void Purged(ILogger logger, long count, int retentionDays);

    [LoggerMessage(84, LogLevel.Warning, "Audit retention purge failed ({ErrorType}); retried at the next run")]
    public static partial void PurgeFailed(ILogger logger, string errorType);

    [LoggerMessage(85, LogLevel.Information, "Audit stopped: {Written} events written, {Dropped} dropped")]
    public static partial void Stopped(ILogger logger, long written, long dropped);

    [LoggerMessage(86, LogLevel.Error, "Audit event for route {RouteId} could not be made ({ErrorType}); counted as dropped")]
    public static partial void EventFailed(ILogger logger, string routeId, string errorType);

    [LoggerMessage(87, LogLevel.Information, "Audit store {Store} opened after an earlier failure; events are written again")]
    public static partial void StoreRecovered(ILogger logger, string store);
}
