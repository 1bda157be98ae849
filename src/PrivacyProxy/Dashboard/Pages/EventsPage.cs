using System.Globalization;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// <c>GET /dashboard/events</c>: the filter form (period, team, caller, category, type, action, upstream), one page
/// of events newest first, the next-page and first-page links and the CSV export of the same filters.
/// </summary>
internal static class EventsPage
{
    private static readonly (string Id, string Label, AuditDimension Names)[] TextFilters =
    [
        ("team", "Team", AuditDimension.Team),
        ("caller", "Caller", AuditDimension.Caller),
        ("category", "Category", AuditDimension.Category),
        ("type", "Type", AuditDimension.Type),
    ];

    public static async Task<IResult> RenderAsync(HttpContext http)
    {
        var parsed = PagePeriod.Parse(http);
        if (parsed.Error is { } error)
        {
            return PageErrors.BadQuery(http, DashboardNav.Events, error);
        }

        var query = parsed.Query!;
        var page = PageFrame.Start(http, DashboardNav.Events, "Events");
        var html = page.Html;
        var store = page.AuditEnabled ? http.RequestServices.GetRequiredService<IAuditStore>() : null;
        var suggestions = new Dictionary<string, IReadOnlyList<AuditBreakdownRow>>();
        foreach (var (id, _, dimension) in TextFilters)
        {
            suggestions[id] = store is null ? [] : await store.BreakdownAsync(query.Period, dimension, http.RequestAborted);
        }

        WriteFilterForm(html, query, PagePeriod.Chosen(http.Request.Query), suggestions);
        if (store is null)
        {
            return page.Finish();
        }

        var events = await store.EventsAsync(query.Filter, query.Limit, query.Page, http.RequestAborted);
        var filters = query.FilterQueryString();
        var limit = query.Limit == DashboardQuery.DefaultLimit ? QueryString.Empty : QueryString.Create("limit", query.Limit.ToString(CultureInfo.InvariantCulture));
        html.Open("p", ("class", "toolbar"))
            .Element("a", "Export these events as CSV", ("id", "export-csv"), ("class", "button"), ("href", EventsLink.ExportPath + filters))
            .Close();
        if (events.Events.Count == 0)
        {
            html.Element("p", query.Page is null ? "No events match these filters in this period." : "No more events match these filters.", ("id", "no-events"), ("class", "empty"));
        }
        else
        {
            EventTable.Write(html, "events-table", query.Page is null ? "Events, newest first" : "Events, newest first (a later page)", events.Events);
        }

        html.Open("nav", ("class", "pager"), ("aria-label", "Pages"));
        if (query.Page is not null)
        {
            html.Element("a", "First page", ("id", "first-page"), ("href", EventsLink.EventsPath + filters.Add(limit)));
        }

        if (events.Next is { } next)
        {
            html.Element("a", "Next page", ("id", "next-page"), ("rel", "next"), ("href", EventsLink.EventsPath + filters.Add(limit).Add(QueryString.Create("page", next.ToString()))));
        }

        html.Close();
        return page.Finish();
    }

    private static void WriteFilterForm(HtmlWriter html, DashboardQuery query, string? chosen, Dictionary<string, IReadOnlyList<AuditBreakdownRow>> suggestions)
    {
        var filter = query.Filter;
        html.Open("form", ("id", "events-filter"), ("method", "get"), ("action", EventsLink.EventsPath), ("class", "filters"));
        PagePeriod.WriteInputs(html, query.Period, chosen);
        foreach (var (id, label, _) in TextFilters)
        {
            var value = id switch
            {
                "team" => filter.Team,
                "caller" => filter.Caller,
                "category" => filter.Category,
                _ => filter.Type,
            };
            html.Open("div", ("class", "field"))
                .Element("label", label, ("for", id))
                .Void("input", ("id", id), ("name", id), ("type", "text"), ("value", value ?? ""), ("list", id + "-names"), ("autocomplete", "off"), ("maxlength", "256"))
                .Open("datalist", ("id", id + "-names"));
            foreach (var row in suggestions[id])
            {
                if (row.Key is not null)
                {
                    html.Void("option", ("value", row.Key));
                }
            }

            html.Close().Close();
        }

        Select(html, "action", "Action", filter.Action is { } a ? AuditNames.ToText(a) : null, Enum.GetValues<AuditAction>().Select(AuditNames.ToText));
        Select(html, "upstream", "Upstream", filter.Upstream is { } u ? AuditNames.ToText(u) : null, Enum.GetValues<AuditUpstream>().Select(AuditNames.ToText));
        if (query.Limit != DashboardQuery.DefaultLimit)
        {
            html.Void("input", ("type", "hidden"), ("name", "limit"), ("value", query.Limit.ToString(CultureInfo.InvariantCulture)));
        }

        html.Open("div", ("class", "field actions"))
            .Element("button", "Apply filters", ("id", "apply-filters"), ("type", "submit"))
            .Element("a", "Clear", ("href", EventsLink.EventsPath), ("class", "secondary"))
            .Close()
            .Close();
    }

    private static void Select(HtmlWriter html, string id, string label, string? selected, IEnumerable<string> values)
    {
        html.Open("div", ("class", "field"))
            .Element("label", label, ("for", id))
            .Open("select", ("id", id), ("name", id))
            .Element("option", "Any", ("value", ""), ("selected", selected is null ? "selected" : null));
        foreach (var value in values)
        {
            html.Element("option", value, ("value", value), ("selected", value == selected ? "selected" : null));
        }

        html.Close().Close();
    }
}
