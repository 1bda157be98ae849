using System.Globalization;
using System.Text;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>The events table of the events and search pages: one <c>tr.event</c> per stored event.</summary>
internal static class EventTable
{
    /// <summary>The table; with <paramref name="outcome"/>, a last column saying where the searched value went.</summary>
    public static void Write(HtmlWriter html, string id, string caption, IReadOnlyList<StoredAuditEvent> events, Func<StoredAuditEvent, ValueOutcome>? outcome = null)
    {
        html.Open("div", ("class", "table-scroll"))
            .Open("table", ("id", id), ("class", "data events"))
            .Element("caption", caption)
            .Open("thead").Open("tr");
        foreach (var heading in (ReadOnlySpan<string>)["Time (UTC)", "Team", "Caller", "Route", "Upstream", "Model", "Policy", "Action", "Findings", "Status"])
        {
            html.Element("th", heading, ("scope", "col"));
        }

        if (outcome is not null)
        {
            html.Element("th", "Did the value leave?", ("scope", "col"));
        }

        html.Close().Close().Open("tbody");
        foreach (var stored in events)
        {
            WriteRow(html, stored, outcome?.Invoke(stored));
        }

        html.Close().Close().Close();
    }

    /// <summary>"SECRET/AWS_ACCESS_KEY x2; GOV_ID/US_SSN x1": counts per category and type over every rule, in first-seen order.</summary>
    public static string Findings(AuditEvent auditEvent)
    {
        var order = new List<(string Category, string Type)>();
        var counts = new Dictionary<(string, string), long>();
        foreach (var tally in auditEvent.Findings)
        {
            var key = (tally.Category.Value, tally.Type.Value);
            if (counts.TryGetValue(key, out var count))
            {
                counts[key] = count + tally.Count;
            }
            else
            {
                order.Add(key);
                counts[key] = tally.Count;
            }
        }

        var text = new StringBuilder();
        foreach (var key in order)
        {
            text.Append(text.Length == 0 ? "" : "; ").Append(CultureInfo.InvariantCulture, $"{key.Category}/{key.Type} x{counts[key]}");
        }

        return text.ToString();
    }

    /// <summary>ISO 8601 in UTC, to the millisecond.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static void WriteRow(HtmlWriter html, StoredAuditEvent stored, ValueOutcome? outcome)
    {
        var e = stored.Event;
        var shadow = e.ShadowPolicy is { } shadowPolicy && e.ShadowAction is { } shadowAction
            ? $"Shadow policy {shadowPolicy.Value} would have done: {AuditNames.ToText(shadowAction)}"
            : null;
        html.Open("tr", ("class", "event"), ("data-event-id", stored.Id.ToString(CultureInfo.InvariantCulture)), ("data-outcome", outcome is { } o ? ValueOutcomes.ToText(o) : null))
            .Element("td", Time(e.Time), ("class", "time"))
            .Element("td", e.Team?.Value ?? "-", ("class", "team"))
            .Element("td", e.Caller?.Value ?? "-", ("class", "caller"))
            .Element("td", e.Route.Value, ("class", "route"))
            .Element("td", AuditNames.ToText(e.Upstream), ("class", "upstream"))
            .Element("td", e.Model?.Value ?? "-", ("class", "model"))
            .Element("td", e.Policy.Value, ("class", "policy"), ("title", shadow))
            .Open("td", ("class", "action"))
            .Element("span", AuditNames.ToText(e.Action), ("class", "pill action-" + AuditNames.ToText(e.Action)))
            .Close()
            .Element("td", Findings(e), ("class", "findings"))
            .Element("td", e.StatusCode.ToString(CultureInfo.InvariantCulture), ("class", "status number"));
        if (outcome is { } value)
        {
            html.Open("td", ("class", "outcome"))
                .Element("span", ValueOutcomes.Describe(value), ("class", "pill outcome-" + ValueOutcomes.ToText(value)))
                .Close();
        }

        html.Close();
    }
}
