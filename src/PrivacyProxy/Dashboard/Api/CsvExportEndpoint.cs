using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// <c>GET /dashboard/export.csv?&lt;the events filters&gt;</c>: every event the filters match (all pages; <c>page</c>
/// and <c>limit</c> are ignored), newest first, streamed a store page at a time so memory stays flat, up to
/// <see cref="MaxRows"/> rows. The first page is read before anything is sent, so an unreachable store still answers
/// 503; a store failing later aborts the connection, so the file is visibly incomplete rather than silently short.
/// </summary>
internal static class CsvExportEndpoint
{
    /// <summary>The most rows one export holds (documented in the README); narrow the period for more.</summary>
    public const int MaxRows = 1_000_000;

    public static async Task HandleAsync(HttpContext context, [FromServices] IAuditStore store, [FromServices] TimeProvider time, [FromServices] ILoggerFactory loggers)
    {
        var parsed = DashboardQuery.Parse(context.Request.Query, time.GetUtcNow());
        if (parsed.Query is not { } query)
        {
            await ApiErrors.InvalidQueryAsync(context, parsed.Error!);
            return;
        }

        var logger = loggers.CreateLogger(typeof(CsvExportEndpoint).FullName!);
        var cancel = context.RequestAborted;
        var page = await store.EventsAsync(query.Filter, AuditQueryLimits.MaxPageSize, null, cancel);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition =
            $"attachment; filename=\"privacyproxy-audit-{FileTime(query.Period.From)}-{FileTime(query.Period.To)}.csv\"";

        var text = new StringBuilder(CsvEventRow.Header);
        long rows = 0;
        try
        {
            while (true)
            {
                foreach (var stored in page.Events)
                {
                    if (rows == MaxRows)
                    {
                        break;
                    }

                    CsvEventRow.Append(text, stored);
                    rows++;
                }

                await WriteAsync(response, text, cancel);
                if (page.Next is not { } next)
                {
                    return;
                }

                if (rows == MaxRows)
                {
                    ApiLog.ExportCapped(logger, MaxRows);
                    return;
                }

                page = await store.EventsAsync(query.Filter, AuditQueryLimits.MaxPageSize, next, cancel);
            }
        }
        catch (Exception e) when (AuditApiFilter.IsStoreFailure(e))
        {
            ApiLog.ExportFailed(logger, rows, e.GetType().Name);
            context.Abort();
        }
    }

    private static async Task WriteAsync(HttpResponse response, StringBuilder text, CancellationToken cancellationToken)
    {
        foreach (var chunk in text.GetChunks())
        {
            Encoding.UTF8.GetBytes(chunk.Span, response.BodyWriter);
        }

        text.Clear();
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    // No colons: the name must be a valid file name on every system.
    private static string FileTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
