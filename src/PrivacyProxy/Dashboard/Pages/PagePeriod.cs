using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// The period presets of <c>select#period</c> (1h, 24h, 7d, 30d). dashboard.js fills from/to when one is picked;
/// without JavaScript the submitted <c>period</c> itself sets them, so the pages work either way.
/// </summary>
internal static class PagePeriod
{
    public static readonly IReadOnlyList<(string Value, string Text, TimeSpan Length)> Presets =
    [
        ("1h", "Last hour", TimeSpan.FromHours(1)),
        ("24h", "Last 24 hours", TimeSpan.FromHours(24)),
        ("7d", "Last 7 days", TimeSpan.FromDays(7)),
        ("30d", "Last 30 days", TimeSpan.FromDays(30)),
    ];

    /// <summary>The value of datetime-local inputs: UTC, to the second.</summary>
    public static string InputValue(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The page's filters: the request's query, with a chosen preset replacing from and to.</summary>
    public static DashboardQueryResult Parse(HttpContext http)
    {
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return DashboardQuery.Parse(WithPreset(http.Request.Query, now), now);
    }

    /// <summary>The preset named in the query; without one and without from/to, the default 24 hours; else null.</summary>
    public static string? Chosen(IQueryCollection query)
    {
        var value = query["period"].LastOrDefault();
        if (value is null && string.IsNullOrEmpty(query["from"].LastOrDefault()) && string.IsNullOrEmpty(query["to"].LastOrDefault()))
        {
            // DashboardQuery's default period, so the select says what the page shows.
            return Presets.FirstOrDefault(static p => p.Length == DashboardQuery.DefaultPeriod).Value;
        }

        foreach (var preset in Presets)
        {
            if (preset.Value == value)
            {
                return preset.Value;
            }
        }

        return null;
    }

    private static IQueryCollection WithPreset(IQueryCollection query, DateTimeOffset now)
    {
        var chosen = Chosen(query);
        if (chosen is null)
        {
            return query;
        }

        var length = Presets.First(p => p.Value == chosen).Length;
        var values = query.ToDictionary(static pair => pair.Key, static pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        values["from"] = new StringValues((now - length).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        values["to"] = new StringValues(now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        return new QueryCollection(values);
    }

    /// <summary>Writes the period inputs (from, to, the preset select) into an open form.</summary>
    public static void WriteInputs(HtmlWriter html, AuditPeriod period, string? chosen)
    {
        html.Open("div", ("class", "field"))
            .Element("label", "Period", ("for", "period"))
            .Open("select", ("id", "period"), ("name", "period"))
            .Element("option", "Custom (from and to)", ("value", ""), ("selected", chosen is null ? "selected" : null));
        foreach (var (value, text, _) in Presets)
        {
            html.Element("option", text, ("value", value), ("selected", chosen == value ? "selected" : null));
        }

        html.Close().Close();
        DateField(html, "from", "From (UTC)", period.From);
        DateField(html, "to", "To (UTC)", period.To);
    }

    /// <summary>The period form of the overview, breakdowns and policies pages.</summary>
    public static void WriteForm(HtmlWriter html, string action, AuditPeriod period, string? chosen)
    {
        html.Open("form", ("id", "period-form"), ("method", "get"), ("action", action), ("class", "filters"));
        WriteInputs(html, period, chosen);
        html.Open("div", ("class", "field actions"))
            .Element("button", "Apply", ("id", "apply-period"), ("type", "submit"))
            .Close()
            .Close();
    }

    private static void DateField(HtmlWriter html, string name, string label, DateTimeOffset value) =>
        html.Open("div", ("class", "field"))
            .Element("label", label, ("for", name))
            .Void("input", ("id", name), ("name", name), ("type", "datetime-local"), ("step", "1"), ("value", InputValue(value)))
            .Close();
}
