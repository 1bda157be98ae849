using Microsoft.AspNetCore.Mvc;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// <c>GET /dashboard/api/events?from=&amp;to=&amp;team=&amp;caller=&amp;category=&amp;type=&amp;action=&amp;upstream=&amp;page=&amp;limit=</c>:
/// <c>{"events":[...],"next":"&lt;cursor&gt;"|null}</c>, newest first; pass <c>next</c> back as <c>page</c> for the
/// following page.
/// </summary>
internal static class EventsEndpoint
{
    public static async Task HandleAsync(HttpContext context, [FromServices] IAuditStore store, [FromServices] TimeProvider time)
    {
        var parsed = DashboardQuery.Parse(context.Request.Query, time.GetUtcNow());
        if (parsed.Query is not { } query)
        {
            await ApiErrors.InvalidQueryAsync(context, parsed.Error!);
            return;
        }

        var page = await store.EventsAsync(query.Filter, query.Limit, query.Page, context.RequestAborted);
        await ApiJson.WriteAsync(context, writer =>
        {
            writer.WriteStartObject();
            EventJson.WriteArray(writer, "events", page.Events);
            if (page.Next is { } next)
            {
                writer.WriteString("next", next.ToString());
            }
            else
            {
                writer.WriteNull("next");
            }

            writer.WriteEndObject();
        });
    }
}
