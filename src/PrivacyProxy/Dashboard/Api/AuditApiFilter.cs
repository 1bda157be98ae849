using System.Data.Common;
using Microsoft.Extensions.Options;
using PrivacyProxy.Auditing;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// Before every API call: 503 <c>audit_disabled</c> when the audit trail is off. Around it: a store that fails
/// (unreachable PostgreSQL, a SQLite file that never opened) answers 503 <c>audit_store_unavailable</c>, logged by
/// exception type only, because a provider's message may quote SQL or the connection's data source.
/// </summary>
internal sealed class AuditApiFilter(IOptions<AuditOptions> options, ILogger<AuditApiFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!options.Value.Enabled)
        {
            await ApiErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "audit_disabled",
                $"The audit trail is turned off ({AuditOptions.SectionName}:Enabled=false), so there is nothing to report.");
            return Results.Empty;
        }

        try
        {
            return await next(context);
        }
        catch (Exception e) when (IsStoreFailure(e) && !http.Response.HasStarted)
        {
            ApiLog.StoreFailed(logger, http.Request.Path.Value ?? "", e.GetType().Name);
            await ApiErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "audit_store_unavailable",
                "The audit store could not be read; try again later or check the proxy's log.");
            return Results.Empty;
        }
    }

    /// <summary>A failure of the store, not of this code: the database, its connection or its data.</summary>
    public static bool IsStoreFailure(Exception e) =>
        e is DbException or IOException or TimeoutException or InvalidDataException
        || (e is InvalidOperationException && e.InnerException is { } inner && IsStoreFailure(inner));
}
