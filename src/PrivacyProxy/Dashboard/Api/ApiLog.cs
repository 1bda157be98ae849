namespace PrivacyProxy.Dashboard.Api;

/// <summary>The API's log lines: paths, counts and exception type names only, never a filter text or a searched value.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(130, LogLevel.Warning, "Dashboard API {Path}: the audit store failed ({ErrorType}); answered 503")]
    public static partial void StoreFailed(ILogger logger, string path, string errorType);

    [LoggerMessage(131, LogLevel.Warning, "Dashboard CSV export stopped after {Rows} rows: the audit store failed ({ErrorType}); the connection was aborted so the file is visibly incomplete")]
    public static partial void ExportFailed(ILogger logger, long rows, string errorType);

    [LoggerMessage(132, LogLevel.Information, "Dashboard CSV export reached its cap of {MaxRows} rows; the rest of the period was left out")]
    public static partial void ExportCapped(ILogger logger, int maxRows);
}
