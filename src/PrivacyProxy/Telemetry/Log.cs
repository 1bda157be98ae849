namespace PrivacyProxy.Telemetry;

/// <summary>
/// Every log line the proxy writes. Parameters are ids, counts, types, rule ids and status codes only: no template
/// takes a body, header value, key or exception message, so no value can reach a log.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Request on route {RouteId} ({Protocol}) scrubbed: {FindingCount} values replaced [{Types}] by rules [{RuleIds}], {BytesIn} -> {BytesOut} bytes")]
    public static partial void RequestScrubbed(ILogger logger, string routeId, string protocol, int findingCount, string types, string ruleIds, int bytesIn, int bytesOut);

    [LoggerMessage(2, LogLevel.Warning, "Request on route {RouteId} refused with {StatusCode} {ErrorCode}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string routeId, int statusCode, string errorCode, string reason);

    [LoggerMessage(3, LogLevel.Error, "Request on route {RouteId} could not be scanned ({ExceptionType}); nothing was forwarded")]
    public static partial void ScanFailed(ILogger logger, string routeId, string exceptionType);

    [LoggerMessage(4, LogLevel.Information, "Response on route {RouteId} ({StatusCode}) restored: {RestoredCount} placeholders restored, {UnrestoredCount} unrestored")]
    public static partial void ResponseRestored(ILogger logger, string routeId, int statusCode, int restoredCount, int unrestoredCount);

    [LoggerMessage(5, LogLevel.Warning, "Request on route {RouteId} rejected: client key {Reason}")]
    public static partial void ClientKeyRejected(ILogger logger, string routeId, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Response on route {RouteId} has Content-Encoding {ContentEncoding}; forwarded without restoring")]
    public static partial void ResponseNotRestorable(ILogger logger, string routeId, string contentEncoding);

    [LoggerMessage(7, LogLevel.Warning, "Response on route {RouteId} ended early ({Reason}); held-back text dropped")]
    public static partial void ResponseIncomplete(ILogger logger, string routeId, string reason);

    [LoggerMessage(8, LogLevel.Warning, "Request on route {RouteId} failed upstream ({Error}); answered {StatusCode}")]
    public static partial void UpstreamFailed(ILogger logger, string routeId, string error, int statusCode);

    [LoggerMessage(10, LogLevel.Information, "Created the installation key file {Path}")]
    public static partial void InstallationKeyCreated(ILogger logger, string path);

    [LoggerMessage(11, LogLevel.Information, "Loaded {RuleCount} detection rules from {RulesDirectory}")]
    public static partial void RulesLoaded(ILogger logger, int ruleCount, string rulesDirectory);

    [LoggerMessage(12, LogLevel.Information, "Upstream authentication: {Mode}; client keys: {ClientKeyCount}")]
    public static partial void UpstreamAuthentication(ILogger logger, string mode, int clientKeyCount);
}
