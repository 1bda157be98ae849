namespace PrivacyProxy.Egress;

internal sealed partial class HostCheckMiddleware
{
    [LoggerMessage(1, LogLevel.Warning, "Request on route {RouteId} refused with 403: its Host is not served by the proxy")]
    private static partial void LogRefused(ILogger logger, string routeId);
}
