using System.Net;
using System.Xml.Linq;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Dashboard.Access;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Pages;

/// <summary>Every signed-in page after real traffic: the DOM contract, the numbers, filters, paging and encoding.</summary>
public sealed class DashboardPagesTests(DashboardPagesFixture fixture) : IClassFixture<DashboardPagesFixture>
{
    public static readonly TheoryData<string, string> Pages = new()
    {
        { "/dashboard", "overview" },
        { "/dashboard/events", "events" },
        { "/dashboard/breakdowns", "breakdowns" },
        { "/dashboard/search", "search" },
        { "/dashboard/policies", "policies" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_SignedIn_RendersTheLayoutOfTheContract(string path, string nav)
    {
        var (status, page) = await fixture.GetPageAsync(path);

        status.Should().Be(HttpStatusCode.OK);
        page.Root.Name.LocalName.Should().Be("html");
        ((string?)page.Root.Attribute("lang")).Should().Be("en");
        page.All("meta").Should().Contain(m => (string?)m.Attribute("charset") == "utf-8");
        page.All("title").First().Value.Should().StartWith("PrivacyProxy");
        var links = page.ById("dashboard-nav")!.Descendants("a").ToList();
        links.Select(a => (string?)a.Attribute("data-nav")).Should().Equal("overview", "events", "breakdowns", "search", "policies");
        links.Where(a => (string?)a.Attribute("aria-current") == "page").Select(a => (string?)a.Attribute("data-nav")).Should().Equal(nav);
        page.ById("signed-in-user")!.Value.Should().Be(DashboardUsers.Auditor);
        var logout = page.ById("logout-form")!;
        ((string?)logout.Attribute("method")).Should().Be("post");
        ((string?)logout.Attribute("action")).Should().Be("/dashboard/logout");
        logout.Descendants("input").Should().Contain(i => (string?)i.Attribute("name") == DashboardBrowser.TokenField && !string.IsNullOrEmpty((string?)i.Attribute("value")));
        logout.Descendants("button").Should().Contain(b => (string?)b.Attribute("id") == "logout");
        page.ById("content")!.Name.LocalName.Should().Be("main");
        page.ById("audit-off").Should().BeNull("the audit trail is on");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_SignedIn_HasNoInlineScriptStyleOrHandlers(string path, string nav)
    {
        var (_, page) = await fixture.GetPageAsync(path);

        page.All("script").Should().OnlyContain(s => (string?)s.Attribute("src") == "/dashboard/static/dashboard.js" && s.Value.Length == 0, "scripts come from the file ({0})", nav);
        page.All("style").Should().BeEmpty();
        page.Document.Descendants().SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Name.LocalName).Should().BeEmpty();
        page.All("input").Where(i => (string?)i.Attribute("type") != "hidden")
            .Should().OnlyContain(i => page.All("label").Any(l => (string?)l.Attribute("for") == (string?)i.Attribute("id")), "every input has a label");
        page.All("th").Where(th => th.Ancestors().Any(a => a.Name.LocalName == "thead")).All(th => (string?)th.Attribute("scope") == "col").Should().BeTrue();
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/events")]
    [InlineData("/dashboard/breakdowns")]
    [InlineData("/dashboard/policies")]
    public async Task Page_PeriodParameterUnreadable_Answers400NamingIt(string path)
    {
        using var response = await fixture.Browser.GetAsync(path.TrimStart('/') + "?from=yesterday-ish&team=x");
        var page = PageHtml.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)page.ById("query-error")!.Attribute("data-parameter")).Should().Be("from");
        page.ById("query-error")!.Value.Should().Contain("'from'").And.NotContain("yesterday-ish");
    }

    [Fact]
    public async Task Overview_Totals_EqualTheRequestsSent()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard?period=1h");

        long Total(string id) => long.Parse(page.ById(id)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Total("total-requests").Should().Be(DashboardPagesFixture.Steps.Count);
        Total("total-blocked").Should().Be(1, "one request was blocked");
        Total("total-local").Should().Be(1, "the local team's SSN went to the local model (its plain request went to the hosted one)");
        Total("total-masked").Should().Be(1, "one request was redacted");
        Total("total-findings").Should().BeGreaterThanOrEqualTo(Planted.All.Count + 3, "every planted value of the first request, the key, the SSN and the card");
        long.Parse(page.ById("placeholders-issued")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
        page.ById("placeholders-mangled-share")!.Value.Should().MatchRegex(@"^\d+(\.\d)?%$");
        page.ById("totals")!.Name.LocalName.Should().Be("dl");
    }

    [Theory]
    [InlineData("/dashboard", "24h")]
    [InlineData("/dashboard?period=7d", "7d")]
    [InlineData("/dashboard?from=2026-11-01&to=2026-11-02", "")]
    public async Task PeriodSelect_ShowsThePeriodThePageShows(string path, string selected)
    {
        var (_, page) = await fixture.GetPageAsync(path);

        var chosen = page.ById("period")!.Elements().Where(static o => (string?)o.Attribute("selected") == "selected").ToList();
        chosen.Should().ContainSingle();
        ((string?)chosen[0].Attribute("value")).Should().Be(selected);
    }

    [Fact]
    public async Task Overview_Charts_AreLabelledSvgWithTheRequestsInThem()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard?period=24h");

        foreach (var id in new[] { "chart-requests", "chart-findings" })
        {
            var svg = page.ById(id)!;
            svg.Name.LocalName.Should().Be("svg");
            ((string?)svg.Attribute("role")).Should().Be("img");
            ((string?)svg.Attribute("aria-label")).Should().NotBeNullOrWhiteSpace();
            svg.Elements().First().Name.LocalName.Should().Be("title");
        }

        // The data table behind the requests chart sums to the requests sent.
        var table = page.ById("chart-requests")!.Parent!.Descendants().First(e => e.Name.LocalName == "table");
        table.Descendants("tbody").Single().Elements("tr").Sum(tr => long.Parse(tr.Elements("td").First().Value, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(DashboardPagesFixture.Steps.Count);
    }

    [Fact]
    public async Task Events_NoFilter_ListsEveryRequestWithItsCells()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/events");

        var rows = Rows(page);
        rows.Should().HaveCount(DashboardPagesFixture.Steps.Count);
        rows.Select(r => (string?)r.Attribute("data-event-id")).Should().OnlyHaveUniqueItems().And.OnlyContain(id => long.Parse(id!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        foreach (var cell in new[] { "time", "team", "caller", "route", "upstream", "model", "policy", "action", "findings", "status" })
        {
            rows.Should().OnlyContain(r => PageHtml.Within(r, cell).Count() == 1, "every row has td.{0}", cell);
        }

        rows.Select(r => PageHtml.Cell(r, "time")).Should().OnlyContain(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture).Offset == TimeSpan.Zero && t.EndsWith('Z'));
        var blocked = rows.Single(r => PageHtml.Cell(r, "action") == "block");
        PageHtml.Cell(blocked, "findings").Should().MatchRegex(@"^SECRET/[A-Z_]+ x1$");
        PageHtml.Cell(blocked, "team").Should().Be("team-block");
        page.ById("no-events").Should().BeNull();
        page.ById("next-page").Should().BeNull("every event fits on one page");
    }

    [Theory]
    [InlineData("team=team-block", "team", "team-block", 1)]
    [InlineData("action=route-local", "action", "route-local", 1)]
    [InlineData("upstream=local", "upstream", "local", 1)]
    [InlineData("caller=watch-caller", "caller", "watch-caller", 2)]
    public async Task Events_Filter_NarrowsTheRows(string filter, string cell, string expected, int count)
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/events?" + filter);

        var rows = Rows(page);
        rows.Should().HaveCount(count);
        rows.Should().OnlyContain(r => PageHtml.Cell(r, cell) == expected);
        ((string?)page.ById("export-csv")!.Attribute("href")).Should().StartWith("/dashboard/export.csv?").And.Contain(filter);
    }

    [Fact]
    public async Task Events_CategoryFilter_ListsOnlyEventsWithIt()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/events?category=gov_id");

        var rows = Rows(page);
        rows.Should().HaveCount(2, "the SSN of the first request and of the route-local one");
        rows.Should().OnlyContain(r => PageHtml.Cell(r, "findings").Contains("GOV_ID/", StringComparison.Ordinal));
        page.ById("category")!.Attribute("value")!.Value.Should().Be("GOV_ID");
    }

    [Fact]
    public async Task Events_NothingMatches_SaysSoWithoutATable()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/events?team=%27%3B%20DROP%20TABLE%20events%3B--");

        page.ById("no-events").Should().NotBeNull();
        page.ById("events-table").Should().BeNull();
        page.ById("team")!.Attribute("value")!.Value.Should().Be("'; DROP TABLE events;--");
    }

    [Fact]
    public async Task Events_Paging_FollowsNextPageUntilEveryEventIsSeenOnce()
    {
        var seen = new List<string>();
        var path = "/dashboard/events?limit=2&upstream=";
        var pages = 0;
        while (path is not null && pages++ < 20)
        {
            var (status, page) = await fixture.GetPageAsync(path);
            status.Should().Be(HttpStatusCode.OK, path + page.ById("query-error")?.Value);
            seen.AddRange(Rows(page).Select(r => (string)r.Attribute("data-event-id")!));
            if (pages > 1)
            {
                ((string?)page.ById("first-page")!.Attribute("href")).Should().NotContain("page=");
            }

            path = (string?)page.ById("next-page")?.Attribute("href");
            path?.Should().Contain("limit=2").And.Contain("from=").And.Contain("page=");
        }

        pages.Should().Be(4, "seven events two per page");
        seen.Should().HaveCount(DashboardPagesFixture.Steps.Count).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Events_FilterForm_HasEveryControlOfTheContract()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/events");

        var form = page.ById("events-filter")!;
        ((string?)form.Attribute("method")).Should().Be("get");
        foreach (var name in new[] { "from", "to", "team", "caller", "category", "type", "action", "upstream" })
        {
            var control = page.ById(name)!;
            control.Ancestors().Should().Contain(form);
            ((string?)control.Attribute("name")).Should().Be(name);
        }

        ((string?)page.ById("from")!.Attribute("type")).Should().Be("datetime-local");
        page.ById("action")!.Elements("option").Select(o => (string?)o.Attribute("value"))
            .Should().Equal("", "allow", "audit-only", "redact", "mask", "route-local", "block", "refuse");
        page.ById("upstream")!.Elements("option").Select(o => (string?)o.Attribute("value")).Should().Equal("", "none", "hosted", "local");
        page.ById("team-names")!.Elements("option").Select(o => (string?)o.Attribute("value"))
            .Should().Contain(["team-redact", "team-block", "team-local", DashboardPagesFixture.WatchTeam]);
        page.ById("apply-filters").Should().NotBeNull();
    }

    [Fact]
    public async Task Breakdowns_EveryDimension_HasAChartAndRowsThatLinkToTheirEvents()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/breakdowns");

        var sections = page.All("section").Where(s => PageHtml.HasClass(s, "breakdown")).ToList();
        sections.Select(s => (string?)s.Attribute("data-dimension")).Should().Equal("category", "type", "rule", "team", "caller", "upstream", "model");
        sections.Should().OnlyContain(s => s.Descendants().Any(e => e.Name.LocalName == "svg" && (string?)e.Attribute("role") == "img"));
        var teams = sections.Single(s => (string?)s.Attribute("data-dimension") == "team");
        var row = teams.Descendants("tr").Single(tr => (string?)tr.Attribute("data-name") == "team-local");
        PageHtml.Cell(row, "requests").Should().Be("2");
        ((string?)row.Descendants("a").Single().Attribute("href")).Should().StartWith("/dashboard/events?").And.Contain("team=team-local");
        var upstreams = sections.Single(s => (string?)s.Attribute("data-dimension") == "upstream").Descendants("tr").Where(tr => tr.Attribute("data-name") is not null).ToList();
        upstreams.Sum(tr => long.Parse(PageHtml.Cell(tr, "requests"), System.Globalization.CultureInfo.InvariantCulture)).Should().Be(DashboardPagesFixture.Steps.Count);
        var categories = sections.Single(s => (string?)s.Attribute("data-dimension") == "category");
        categories.Descendants("tr").Should().Contain(tr => (string?)tr.Attribute("data-name") == "SECRET" && long.Parse(PageHtml.Cell(tr, "findings"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        sections.Single(s => (string?)s.Attribute("data-dimension") == "model").Descendants("a").Should().BeEmpty("the events page has no model filter");
    }

    [Fact]
    public async Task Breakdowns_LinkedEvents_MatchTheRowsCount()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/breakdowns");
        var caller = page.All("section").Single(s => (string?)s.Attribute("data-dimension") == "caller")
            .Descendants("tr").Single(tr => (string?)tr.Attribute("data-name") == "redact-caller");

        var (_, events) = await fixture.GetPageAsync((string)caller.Descendants("a").Single().Attribute("href")!);

        Rows(events).Should().HaveCount(int.Parse(PageHtml.Cell(caller, "requests"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Policies_EachTeam_ShowsItsPoliciesAndShadowOutcomes()
    {
        var (_, page) = await fixture.GetPageAsync("/dashboard/policies");

        XElement Team(string name) => page.All("section").Single(s => PageHtml.HasClass(s, "team") && (string?)s.Attribute("data-team") == name);
        PageHtml.Cell(Team("team-block"), "active-policy").Should().Be("block-secrets");
        PageHtml.Cell(Team("team-block"), "shadow-policy").Should().Be("-");
        PageHtml.Cell(Team("team-local"), "active-policy").Should().Be("keep-ids-local");
        PageHtml.Cell(Team("team-redact"), "active-policy").Should().Be("default");
        PageHtml.Cell(Team("team-redact"), "shadow-policy").Should().Be("block-secrets");
        PageHtml.Cell(Team("default"), "active-policy").Should().Be("default");

        // The redact team's first request carried a key: redacted, where the shadow policy would have blocked.
        var trial = Within(Team("team-redact"), "shadow-outcomes").Single().Descendants("tr")
            .Single(tr => (string?)tr.Attribute("data-action") == "redact" && (string?)tr.Attribute("data-shadow-action") == "block");
        PageHtml.Cell(trial, "requests").Should().Be("1");
        PageHtml.HasClass(trial, "differs").Should().BeTrue();
        Team("team-block").Descendants("tr").Should().Contain(tr => (string?)tr.Attribute("data-action") == "block" && (string?)tr.Attribute("data-shadow-action") == "-");
        Team("team-block").Descendants("table").Should().Contain(t => (string?)t.Attribute("data-policy") == "block-secrets"
            && t.Descendants("tr").Any(tr => (string?)tr.Attribute("data-name") == "SECRET" && tr.Value.Contains("block", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Policies_HostileTeamName_IsRenderedAsText()
    {
        using var response = await fixture.Browser.GetAsync("dashboard/policies");
        var html = await response.Content.ReadAsStringAsync();
        var page = PageHtml.Parse(html);

        html.Should().NotContain(DashboardPagesFixture.HostileTeam);
        page.All("script").Should().OnlyContain(s => s.Attribute("src") != null);
        var section = page.All("section").Single(s => (string?)s.Attribute("data-team") == DashboardPagesFixture.HostileTeam);
        section.Descendants("h2").Single().Value.Should().Contain(DashboardPagesFixture.HostileTeam);
    }

    [Fact]
    public async Task Static_Files_AreServedWithTypesAndRevalidation()
    {
        foreach (var (path, type) in new[] { ("dashboard/static/dashboard.css", "text/css"), ("dashboard/static/dashboard.js", "text/javascript") })
        {
            using var response = await fixture.Browser.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.Should().Be(type);
            (await response.Content.ReadAsStringAsync()).Length.Should().BeGreaterThan(500);
            var etag = response.Headers.ETag!;

            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(etag);
            using var revalidated = await fixture.Browser.Client.SendAsync(again);
            revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        }
    }

    [Fact]
    public async Task Static_Files_Anonymous_AreNotServed()
    {
        using var anonymous = new DashboardBrowser(fixture.Proxy.BaseUri);

        using var response = await anonymous.GetAsync("dashboard/static/dashboard.js");

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized);
    }

    private static List<XElement> Rows(PageHtml page) =>
        page.All("tr").Where(tr => PageHtml.HasClass(tr, "event")).ToList();

    private static IEnumerable<XElement> Within(XElement element, string cssClass) => PageHtml.Within(element, cssClass);
}
