using System.Globalization;
using PrivacyProxy.Audit;
using PrivacyProxy.Dashboard.Charts;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary><c>GET /dashboard</c>: the period's totals, requests and findings over time, placeholder health and top categories.</summary>
internal static class OverviewPage
{
    private const int TopCategories = 10;

    public static async Task<IResult> RenderAsync(HttpContext http)
    {
        var parsed = PagePeriod.Parse(http);
        if (parsed.Error is { } error)
        {
            return PageErrors.BadQuery(http, DashboardNav.Overview, error);
        }

        var query = parsed.Query!;
        var page = PageFrame.Start(http, DashboardNav.Overview, "Overview");
        var html = page.Html;
        PagePeriod.WriteForm(html, DashboardNavLinks.PathOf(DashboardNav.Overview), query.Period, PagePeriod.Chosen(http.Request.Query));
        if (!page.AuditEnabled)
        {
            return page.Finish();
        }

        var store = http.RequestServices.GetRequiredService<IAuditStore>();
        var cancel = http.RequestAborted;
        var bucket = ChartBucket.For(query.Period);
        var summary = await store.SummaryAsync(query.Period, cancel);
        var series = await store.TimeSeriesAsync(query.Period, bucket, cancel);
        var health = await store.PlaceholderHealthAsync(query.Period, cancel);

        WriteTotals(html, summary, series);
        var starts = series.Select(static b => b.Start).ToList();
        html.Open("div", ("class", "grid two"))
            .Open("section", ("class", "card"), ("aria-labelledby", "requests-heading"))
            .Element("h2", "Requests over time", ("id", "requests-heading"));
        TimeChart.Write(html, "chart-requests", $"Requests per {TimeChart.BucketText(bucket)}", starts, bucket,
        [
            new ChartSeries("Requests", series.Select(static b => b.Requests).ToList()),
            new ChartSeries("Blocked", series.Select(static b => b.Blocked).ToList()),
            new ChartSeries("Routed local", series.Select(static b => b.RoutedLocal).ToList()),
            new ChartSeries("Masked", series.Select(static b => b.Masked).ToList()),
        ]);
        html.Close()
            .Open("section", ("class", "card"), ("aria-labelledby", "findings-heading"))
            .Element("h2", "Findings over time", ("id", "findings-heading"));
        TimeChart.Write(html, "chart-findings", $"Findings per {TimeChart.BucketText(bucket)}", starts, bucket,
        [
            new ChartSeries("Findings", series.Select(static b => b.Findings).ToList()),
        ]);
        html.Close().Close();

        html.Open("div", ("class", "grid two"));
        WriteHealth(html, health);
        WriteTopCategories(html, summary, query);
        html.Close();
        return page.Finish();
    }

    private static void WriteTotals(HtmlWriter html, AuditSummary summary, IReadOnlyList<AuditTimeBucket> series)
    {
        html.Open("section", ("aria-labelledby", "totals-heading"))
            .Element("h2", "Totals for the period", ("id", "totals-heading"))
            .Open("dl", ("id", "totals"), ("class", "totals"));
        Total(html, "total-requests", "Requests", summary.Requests);
        Total(html, "total-findings", "Findings", summary.FindingsByCategory.Values.Sum());
        Total(html, "total-blocked", "Blocked or refused", series.Sum(static b => b.Blocked));
        Total(html, "total-local", "Routed to the local model", series.Sum(static b => b.RoutedLocal));
        Total(html, "total-masked", "Redacted or masked", series.Sum(static b => b.Masked));
        html.Close().Close();
    }

    private static void Total(HtmlWriter html, string id, string label, long value) =>
        html.Open("div", ("class", "total card"))
            .Element("dt", label)
            .Element("dd", value.ToString(CultureInfo.InvariantCulture), ("id", id))
            .Close();

    private static void WriteHealth(HtmlWriter html, PlaceholderHealth health)
    {
        var share = health.Issued == 0 ? "-" : (health.MangledShare * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        html.Open("section", ("id", "placeholder-health"), ("class", "card"), ("aria-labelledby", "health-heading"))
            .Element("h2", "Placeholder health", ("id", "health-heading"))
            .Element("p", "Placeholders the model altered cannot be restored in its answer; a rising share means callers get answers with broken placeholders.", ("class", "muted"))
            .Open("dl", ("class", "pairs"))
            .Open("div").Element("dt", "Placeholders issued").Element("dd", health.Issued.ToString(CultureInfo.InvariantCulture), ("id", "placeholders-issued")).Close()
            .Open("div").Element("dt", "Mangled by the model").Element("dd", health.Mangled.ToString(CultureInfo.InvariantCulture), ("id", "placeholders-mangled")).Close()
            .Open("div").Element("dt", "Mangled share").Element("dd", share, ("id", "placeholders-mangled-share")).Close()
            .Close()
            .Close();
    }

    private static void WriteTopCategories(HtmlWriter html, AuditSummary summary, DashboardQuery query)
    {
        var top = summary.FindingsByCategory.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Take(TopCategories).Select(static p => (p.Key, p.Value)).ToList();
        html.Open("section", ("id", "top-categories"), ("class", "card"), ("aria-labelledby", "categories-heading"))
            .Element("h2", "Top categories", ("id", "categories-heading"));
        BarChart.Write(html, "Findings per category", top);
        if (top.Count > 0)
        {
            html.Open("table", ("class", "data"))
                .Element("caption", "Findings per category")
                .Open("thead").Open("tr").Element("th", "Category", ("scope", "col")).Element("th", "Findings", ("scope", "col"), ("class", "number")).Close().Close()
                .Open("tbody");
            foreach (var (category, findings) in top)
            {
                html.Open("tr", ("data-name", category))
                    .Open("th", ("scope", "row")).Element("a", category, ("href", EventsLink.For(query, "category", category))).Close()
                    .Element("td", findings.ToString(CultureInfo.InvariantCulture), ("class", "number"))
                    .Close();
            }

            html.Close().Close();
        }

        html.Close();
    }
}
