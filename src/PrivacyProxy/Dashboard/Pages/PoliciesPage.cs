using System.Globalization;
using PrivacyProxy.Audit;
using PrivacyProxy.Policies;
using PrivacyProxy.Policy;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// <c>GET /dashboard/policies</c>: per configured team (and "default", for callers without one) the policy enforced,
/// the shadow policy on trial, each one's actions per category and type, and over the period what was done versus
/// what the shadow policy would have done, with the rows where they differ highlighted.
/// </summary>
internal static class PoliciesPage
{
    /// <summary>The section of callers without a configured team.</summary>
    public const string DefaultTeam = "default";

    public static async Task<IResult> RenderAsync(HttpContext http)
    {
        var parsed = PagePeriod.Parse(http);
        if (parsed.Error is { } error)
        {
            return PageErrors.BadQuery(http, DashboardNav.Policies, error);
        }

        var query = parsed.Query!;
        var page = PageFrame.Start(http, DashboardNav.Policies, "Policies");
        var html = page.Html;
        PagePeriod.WriteForm(html, DashboardNavLinks.PathOf(DashboardNav.Policies), query.Period, PagePeriod.Chosen(http.Request.Query));
        var policies = http.RequestServices.GetRequiredService<ActiveRulesHolder>().Current.Policies;
        IReadOnlyList<PolicyOutcome>? outcomes = page.AuditEnabled
            ? await http.RequestServices.GetRequiredService<IAuditStore>().PolicyOutcomesAsync(query.Period, http.RequestAborted)
            : null;

        html.Element("p", "Every request is decided by its team's policy; a shadow policy is evaluated beside it and only reported, so a stricter policy can be tried before it is enforced. A type entry overrides its category's; anything not listed is redacted.", ("class", "muted"));
        var teams = policies.Teams.OrderBy(static t => t.Key, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var (team, assignment) in teams)
        {
            WriteTeam(html, team, assignment, outcomes?.Where(o => string.Equals(o.Team, team, StringComparison.OrdinalIgnoreCase)).ToList());
        }

        // Callers without a team, or whose team has no entry, get the default policy and no shadow.
        WriteTeam(html, DefaultTeam, policies.ForTeam(null),
            outcomes?.Where(o => o.Team is null || !policies.Teams.ContainsKey(o.Team)).ToList());
        return page.Finish();
    }

    private static void WriteTeam(HtmlWriter html, string team, PolicyAssignment assignment, List<PolicyOutcome>? outcomes)
    {
        var headingId = "team-" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(team)).ToLowerInvariant();
        html.Open("section", ("class", "team card"), ("data-team", team), ("aria-labelledby", headingId))
            .Element("h2", team == DefaultTeam ? "default (callers without a team)" : "Team " + team, ("id", headingId))
            .Open("dl", ("class", "pairs"))
            .Open("div").Element("dt", "Active policy").Open("dd").Element("span", assignment.Enforced.Name, ("class", "active-policy")).Close().Close()
            .Open("div").Element("dt", "Shadow policy").Open("dd").Element("span", assignment.Shadow?.Name ?? "-", ("class", "shadow-policy")).Close().Close()
            .Close()
            .Open("div", ("class", "grid two"));
        WriteActions(html, "Active policy", assignment.Enforced);
        if (assignment.Shadow is { } shadow)
        {
            WriteActions(html, "Shadow policy", shadow);
        }

        html.Close();
        if (outcomes is not null)
        {
            WriteOutcomes(html, outcomes);
        }

        html.Close();
    }

    private static void WriteActions(HtmlWriter html, string role, Policy.Policy policy)
    {
        html.Open("table", ("class", "data policy-actions"), ("data-policy", policy.Name))
            .Element("caption", $"{role} {policy.Name}: actions (media: {MediaHandlingNames.ToText(policy.Media)})")
            .Open("thead").Open("tr").Element("th", "Category or type", ("scope", "col")).Element("th", "Action", ("scope", "col")).Close().Close()
            .Open("tbody");
        foreach (var (name, action) in policy.Actions.OrderBy(static a => a.Key, StringComparer.Ordinal))
        {
            html.Open("tr", ("data-name", name))
                .Element("th", name, ("scope", "row"))
                .Open("td").Element("span", PolicyActionNames.ToText(action), ("class", "pill action-" + PolicyActionNames.ToText(action))).Close()
                .Close();
        }

        html.Open("tr", ("class", "fallback"))
            .Element("th", "Anything else", ("scope", "row"))
            .Open("td").Element("span", PolicyActionNames.ToText(PolicyAction.Redact), ("class", "pill action-redact")).Close()
            .Close()
            .Close().Close();
    }

    private static void WriteOutcomes(HtmlWriter html, List<PolicyOutcome> outcomes)
    {
        // One row per (done, would have done): policies renamed within the period are summed, their names listed.
        var rows = outcomes
            .GroupBy(static o => (o.Action, o.ShadowAction))
            .Select(static g => (g.Key.Action, g.Key.ShadowAction, Requests: g.Sum(static o => o.Requests),
                Policies: string.Join(", ", g.Select(static o => o.Policy).Distinct(StringComparer.Ordinal)),
                Shadows: string.Join(", ", g.Select(static o => o.ShadowPolicy ?? "-").Distinct(StringComparer.Ordinal))))
            .OrderByDescending(static r => r.Requests)
            .ToList();
        var differing = rows.Where(static r => r.ShadowAction is { } s && s != r.Action).Sum(static r => r.Requests);
        html.Element("h3", "What was done, and what the shadow policy would have done")
            .Element("p", rows.Count == 0 ? "No requests in this period."
                : string.Create(CultureInfo.InvariantCulture, $"{rows.Sum(static r => r.Requests)} request(s) in this period; the shadow policy would have done otherwise with {differing}."),
                ("class", "muted"))
            .Open("table", ("class", "data shadow-outcomes"))
            .Element("caption", "Requests per action taken and shadow action")
            .Open("thead").Open("tr")
            .Element("th", "Policy", ("scope", "col"))
            .Element("th", "Action taken", ("scope", "col"))
            .Element("th", "Shadow policy", ("scope", "col"))
            .Element("th", "Shadow would have", ("scope", "col"))
            .Element("th", "Requests", ("scope", "col"), ("class", "number"))
            .Close().Close()
            .Open("tbody");
        foreach (var row in rows)
        {
            var action = AuditNames.ToText(row.Action);
            var shadowAction = row.ShadowAction is { } s ? AuditNames.ToText(s) : "-";
            var differs = row.ShadowAction is { } d && d != row.Action;
            html.Open("tr", ("data-action", action), ("data-shadow-action", shadowAction), ("class", differs ? "differs" : null))
                .Element("td", row.Policies, ("class", "policy"))
                .Open("td", ("class", "action")).Element("span", action, ("class", "pill action-" + action)).Close()
                .Element("td", row.Shadows, ("class", "shadow-policy-name"))
                .Open("td", ("class", "shadow-action")).Element("span", shadowAction, ("class", "pill action-" + shadowAction)).Text(differs ? " (differs)" : "").Close()
                .Element("td", row.Requests.ToString(CultureInfo.InvariantCulture), ("class", "requests number"))
                .Close();
        }

        html.Close().Close();
    }
}
