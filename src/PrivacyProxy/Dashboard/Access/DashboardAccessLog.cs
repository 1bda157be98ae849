namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// The dashboard's sign-in log lines: a user name only when it is a configured user, never a password, a typed
/// name that matched no user, or a client address.
/// </summary>
internal static partial class DashboardAccessLog
{
    [LoggerMessage(100, LogLevel.Information, "Dashboard user {User} signed in ({Method})")]
    public static partial void SignedIn(ILogger logger, string user, string method);

    [LoggerMessage(101, LogLevel.Warning, "Dashboard sign-in refused for user {User} ({Method}): {Reason}")]
    public static partial void Refused(ILogger logger, string user, string method, string reason);

    [LoggerMessage(102, LogLevel.Warning, "Dashboard sign-in refused for a name that is not a configured user ({Method})")]
    public static partial void UnknownUserRefused(ILogger logger, string method);

    [LoggerMessage(103, LogLevel.Warning, "Dashboard user {User} locked for one client address for {Duration} after {Failures} failed sign-ins")]
    public static partial void Locked(ILogger logger, string user, int failures, TimeSpan duration);

    [LoggerMessage(104, LogLevel.Information, "Dashboard user {User} signed out")]
    public static partial void SignedOut(ILogger logger, string user);
}
