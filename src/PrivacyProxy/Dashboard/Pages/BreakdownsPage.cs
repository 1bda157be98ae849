using System.Globalization;
using PrivacyProxy.Audit;
using PrivacyProxy.Dashboard.Charts;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// <c>GET /dashboard/breakdowns</c>: requests and findings per category, type, rule, team, caller, upstream and
/// model, each as a bar chart and a table whose names link to the events they count (where the events page has
/// that filter).
/// </summary>
internal static class BreakdownsPage
{
    private static readonly IReadOnlyList<(AuditDimension Dimension, string Name, string Heading, string? Filter, bool CountsFindings)> Dimensions =
    [
        (AuditDimension.Category, "category", "Category", "category", true),
        (AuditDimension.Type, "type", "Type", "type", true),
        (AuditDimension.Rule, "rule", "Rule", null, true),
        (AuditDimension.Team, "team", "Team", "team", false),
        (AuditDimension.Caller, "caller", "Caller", "caller", false),
        (AuditDimension.Upstream, "upstream", "Upstream", "upstream", false),
        (AuditDimension.Model, "model", "Model", null, false),
    ];

    public static async Task<IResult> RenderAsync(HttpContext http)
    {
        var parsed = PagePeriod.Parse(http);
        if (parsed.Error is { } error)
        {
            return PageErrors.BadQuery(http, DashboardNav.Breakdowns, error);
        }

        var query = parsed.Query!;
        var page = PageFrame.Start(http, DashboardNav.Breakdowns, "Breakdowns");
        var html = page.Html;
        PagePeriod.WriteForm(html, DashboardNavLinks.PathOf(DashboardNav.Breakdowns), query.Period, PagePeriod.Chosen(http.Request.Query));
        if (!page.AuditEnabled)
        {
            return page.Finish();
        }

        var store = http.RequestServices.GetRequiredService<IAuditStore>();
        html.Open("div", ("class", "grid two"));
        foreach (var dimension in Dimensions)
        {
            var rows = await store.BreakdownAsync(query.Period, dimension.Dimension, http.RequestAborted);
            WriteDimension(html, query, dimension, rows);
        }

        html.Close();
        return page.Finish();
    }

    private static void WriteDimension(
        HtmlWriter html,
        DashboardQuery query,
        (AuditDimension Dimension, string Name, string Heading, string? Filter, bool CountsFindings) dimension,
        IReadOnlyList<AuditBreakdownRow> rows)
    {
        var headingId = "breakdown-" + dimension.Name;
        var measure = dimension.CountsFindings ? "Findings" : "Requests";
        html.Open("section", ("class", "breakdown card"), ("data-dimension", dimension.Name), ("aria-labelledby", headingId))
            .Element("h2", $"By {dimension.Heading.ToLowerInvariant()}", ("id", headingId));
        BarChart.Write(html, $"{measure} by {dimension.Heading.ToLowerInvariant()}",
            rows.Select(r => (Display(r.Key), dimension.CountsFindings ? r.Findings : r.Requests)).ToList());
        html.Open("table", ("class", "data"))
            .Element("caption", $"Requests and findings by {dimension.Heading.ToLowerInvariant()}")
            .Open("thead").Open("tr")
            .Element("th", dimension.Heading, ("scope", "col"))
            .Element("th", "Requests", ("scope", "col"), ("class", "number"))
            .Element("th", "Findings", ("scope", "col"), ("class", "number"))
            .Close().Close()
            .Open("tbody");
        if (rows.Count == 0)
        {
            html.Open("tr", ("class", "empty")).Element("td", "Nothing recorded in this period.", ("colspan", "3")).Close();
        }

        foreach (var row in rows)
        {
            html.Open("tr", ("data-name", row.Key ?? ""));
            if (dimension.Filter is { } filter && row.Key is { } key)
            {
                html.Open("td", ("class", "name")).Element("a", key, ("href", EventsLink.For(query, filter, key))).Close();
            }
            else
            {
                html.Element("td", Display(row.Key), ("class", "name"));
            }

            html.Element("td", row.Requests.ToString(CultureInfo.InvariantCulture), ("class", "requests number"))
                .Element("td", row.Findings.ToString(CultureInfo.InvariantCulture), ("class", "findings number"))
                .Close();
        }

        html.Close().Close().Close();
    }

    private static string Display(string? key) => key ?? "(none)";
}
