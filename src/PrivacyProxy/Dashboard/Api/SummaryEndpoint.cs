using Microsoft.AspNetCore.Mvc;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// <c>GET /dashboard/api/summary?from=&amp;to=</c>: <c>{"from","to","requests","findings":{"CATEGORY":n},
/// "actions":{"action":n},"blocked","routedLocal","masked","placeholders":{"issued","mangled","mangledShare"}}</c>.
/// Every action is listed, with 0 when none happened, so a script can read any of them without checking.
/// </summary>
internal static class SummaryEndpoint
{
    public static async Task HandleAsync(HttpContext context, [FromServices] IAuditStore store, [FromServices] TimeProvider time)
    {
        var parsed = DashboardQuery.Parse(context.Request.Query, time.GetUtcNow());
        if (parsed.Query is not { } query)
        {
            await ApiErrors.InvalidQueryAsync(context, parsed.Error!);
            return;
        }

        var period = query.Period;
        var cancel = context.RequestAborted;
        var summary = await store.SummaryAsync(period, cancel);
        var health = await store.PlaceholderHealthAsync(period, cancel);
        var totals = await TotalsAsync(store, period, cancel);

        await ApiJson.WriteAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("from", ApiJson.Time(period.From));
            writer.WriteString("to", ApiJson.Time(period.To));
            writer.WriteNumber("requests", summary.Requests);
            writer.WriteStartObject("findings");
            foreach (var (category, count) in summary.FindingsByCategory.OrderBy(static p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(category, count);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("actions");
            foreach (var action in Enum.GetValues<AuditAction>())
            {
                var text = AuditNames.ToText(action);
                writer.WriteNumber(text, summary.RequestsByAction.TryGetValue(text, out var count) ? count : 0);
            }

            writer.WriteEndObject();
            writer.WriteNumber("blocked", totals.Blocked);
            writer.WriteNumber("routedLocal", totals.RoutedLocal);
            writer.WriteNumber("masked", totals.Masked);
            writer.WriteStartObject("placeholders");
            writer.WriteNumber("issued", health.Issued);
            writer.WriteNumber("mangled", health.Mangled);
            writer.WriteNumber("mangledShare", Math.Round(health.MangledShare, 4));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    // Blocked, routed-local and masked requests are the overview's series in one bucket. The bucket is a millisecond
    // longer than the period so an event in its last (sub-millisecond-truncated) instant still falls in bucket 0.
    private static async Task<AuditTimeBucket> TotalsAsync(IAuditStore store, AuditPeriod period, CancellationToken cancellationToken)
    {
        var spanMs = (period.To - period.From).Ticks / TimeSpan.TicksPerMillisecond;
        var buckets = await store.TimeSeriesAsync(period, TimeSpan.FromMilliseconds(spanMs + 1), cancellationToken);
        return buckets.Count > 0 ? buckets[0] : new AuditTimeBucket(period.From, 0, 0, 0, 0, 0);
    }
}
