using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using PrivacyProxy.Audit;
using PrivacyProxy.Policies;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// <c>/dashboard/search</c>, "did this value leave?": GET shows the form; POST (antiforgery-checked) fingerprints the
/// typed value through <see cref="ValueSearch"/> and lists its events by where the value went. The value is read from
/// the form inside this call only: it is never bound to a parameter, logged, echoed or put in a URL, and the form is
/// never filled back in.
/// </summary>
internal static class SearchPage
{
    private const string Heading = "Did this value leave?";

    public static Task<IResult> RenderFormAsync(HttpContext http)
    {
        var page = PageFrame.Start(http, DashboardNav.Search, Heading);
        WriteForm(page);
        return Task.FromResult(page.Finish());
    }

    public static async Task<IResult> RenderResultsAsync(HttpContext http)
    {
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return Refused(http, "The form has expired or did not come from this page. Reload the page and search again.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var page = PageFrame.Start(http, DashboardNav.Search, Heading);
        if (!page.AuditEnabled)
        {
            WriteForm(page);
            return page.Finish();
        }

        string? value = form["value"].LastOrDefault();
        var result = await http.RequestServices.GetRequiredService<ValueSearch>().FindAsync(value, http.RequestAborted);
        if (result.Error is { } error)
        {
            return Refused(http, error.Message);
        }

        var answer = result.Answer!;
        var policies = http.RequestServices.GetRequiredService<ActiveRulesHolder>().Current.Policies;
        var outcomes = answer.Events.ToDictionary(static e => e.Id, e => ValueOutcomes.Classify(e, answer.Hashes, policies));
        WriteForm(page);
        WriteAnswer(page.Html, answer, outcomes);
        return page.Finish();
    }

    private static IResult Refused(HttpContext http, string message)
    {
        var page = PageFrame.Start(http, DashboardNav.Search, Heading);
        page.Html.Element("p", message, ("id", "search-error"), ("class", "error"), ("role", "alert"));
        WriteForm(page);
        return page.Finish(StatusCodes.Status400BadRequest);
    }

    private static void WriteForm(PageFrame page)
    {
        var html = page.Html;
        html.Element("p", "Type a value (a card number, an e-mail address, a key). The server fingerprints it with the audit key and lists the requests that held it. The value is not stored, logged or shown again.", ("class", "muted"))
            .Open("form", ("id", "search-form"), ("method", "post"), ("action", DashboardNavLinks.PathOf(DashboardNav.Search)), ("class", "filters search"), ("autocomplete", "off"));
        PageFrame.AntiforgeryField(page.Http, html);
        html.Open("div", ("class", "field wide"))
            .Element("label", "Value to look for", ("for", "search-value"))
            .Void("input", ("id", "search-value"), ("name", "value"), ("type", "password"), ("autocomplete", "off"), ("spellcheck", "false"), ("required", "required"), ("maxlength", ValueSearch.MaxValueLength.ToString(CultureInfo.InvariantCulture)))
            .Close()
            .Open("div", ("class", "field actions"))
            .Element("button", "Search", ("id", "search-submit"), ("type", "submit"))
            .Close()
            .Close();
    }

    private static void WriteAnswer(HtmlWriter html, ValueSearchAnswer answer, Dictionary<long, ValueOutcome> outcomes)
    {
        int Count(ValueOutcome outcome) => outcomes.Values.Count(o => o == outcome);
        var asIs = Count(ValueOutcome.LeftAsIs);
        var scrubbed = Count(ValueOutcome.LeftScrubbed);
        var local = Count(ValueOutcome.KeptLocal);
        var blocked = Count(ValueOutcome.Blocked);
        html.Open("section", ("id", "search-answer-section"), ("class", "card"), ("aria-labelledby", "answer-heading"))
            .Element("h2", "Answer", ("id", "answer-heading"))
            .Element("p", Sentence(answer, outcomes, asIs, scrubbed, local, blocked), ("id", "search-answer"), ("class", asIs > 0 ? "answer left" : "answer kept"), ("data-left", asIs > 0 ? "yes" : "no"))
            .Open("p").Text("Fingerprint (current key): ").Element("code", answer.Fingerprint, ("id", "search-fingerprint")).Close();
        if (answer.Events.Count == 0)
        {
            html.Element("p", "No recorded request held this value.", ("id", "search-none"), ("class", "empty")).Close();
            return;
        }

        html.Open("dl", ("class", "totals outcomes"));
        Outcome(html, "outcome-hosted-as-is", "Left to hosted as it is", asIs);
        Outcome(html, "outcome-hosted-scrubbed", "Hosted got a placeholder (value did not leave)", scrubbed);
        Outcome(html, "outcome-local", "Kept local", local);
        Outcome(html, "outcome-blocked", "Blocked or refused", blocked);
        html.Close().Close();
        EventTable.Write(html, "search-results", "Requests that held the value, newest first", answer.Events, e => outcomes[e.Id]);
    }

    private static void Outcome(HtmlWriter html, string id, string label, int count) =>
        html.Open("div", ("class", "total card"))
            .Element("dt", label)
            .Element("dd", count.ToString(CultureInfo.InvariantCulture), ("id", id))
            .Close();

    private static string Sentence(ValueSearchAnswer answer, Dictionary<long, ValueOutcome> outcomes, int asIs, int scrubbed, int local, int blocked)
    {
        if (answer.Events.Count == 0)
        {
            return "No: no request in the audit trail held this value (events older than the retention period are gone).";
        }

        if (asIs > 0)
        {
            var latest = answer.Events.First(e => outcomes[e.Id] == ValueOutcome.LeftAsIs).Event.Time;
            return string.Create(CultureInfo.InvariantCulture,
                $"Yes: this value left to the hosted model as it is in {asIs} request(s), most recently at {EventTable.Time(latest)}.");
        }

        var parts = new List<string>();
        if (scrubbed > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{scrubbed} request(s) went to the hosted model with a placeholder in its place"));
        }

        if (local > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{local} stayed on the local model"));
        }

        if (blocked > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{blocked} were blocked or refused"));
        }

        return $"No: the value itself never left to the hosted model; {string.Join(", ", parts)}.";
    }
}
