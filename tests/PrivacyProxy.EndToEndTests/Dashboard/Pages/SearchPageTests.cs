using System.Net;
using System.Xml.Linq;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Pages;

/// <summary>"Did this value leave?" through the page: outcomes per event, one answer sentence, the value never echoed.</summary>
public sealed class SearchPageTests(DashboardPagesFixture fixture) : IClassFixture<DashboardPagesFixture>
{
    [Fact]
    public async Task Search_KeyRedactedForOneTeamAndBlockedForAnother_SaysItDidNotLeave()
    {
        var (status, html) = await fixture.SearchAsync(Planted.AwsKey);
        var page = PageHtml.Parse(html);

        status.Should().Be(HttpStatusCode.OK);
        Outcomes(page).Should().BeEquivalentTo(["hosted-scrubbed", "blocked"]);
        page.ById("search-answer")!.Value.Should().StartWith("No:");
        ((string?)page.ById("search-answer")!.Attribute("data-left")).Should().Be("no");
        page.ById("search-fingerprint")!.Value.Should().NotBeNullOrWhiteSpace();
        Planted.Which(html).Should().BeEmpty("the page never holds a typed value");
    }

    [Fact]
    public async Task Search_CardOnlyAuditedForOneTeam_SaysItLeftAsItIs()
    {
        var (_, html) = await fixture.SearchAsync(Planted.Card);
        var page = PageHtml.Parse(html);

        Outcomes(page).Should().BeEquivalentTo(["hosted-as-is", "hosted-scrubbed"], "the watch team's policy only audits cards; the redact team's replaced it");
        page.ById("search-answer")!.Value.Should().StartWith("Yes:");
        page.ById("outcome-hosted-as-is")!.Value.Should().Be("1");
        var asIs = Rows(page).Single(r => (string?)r.Attribute("data-outcome") == "hosted-as-is");
        PageHtml.Cell(asIs, "team").Should().Be(DashboardPagesFixture.WatchTeam);
        PageHtml.Cell(asIs, "upstream").Should().Be("hosted");
        Planted.Which(html).Should().BeEmpty();
    }

    [Fact]
    public async Task Search_SsnKeptLocalAndRedacted_ListsBoth()
    {
        var (_, html) = await fixture.SearchAsync(Planted.Ssn);
        var page = PageHtml.Parse(html);

        Outcomes(page).Should().BeEquivalentTo(["local", "hosted-scrubbed"]);
        PageHtml.Cell(Rows(page).Single(r => (string?)r.Attribute("data-outcome") == "local"), "upstream").Should().Be("local");
        page.ById("search-answer")!.Value.Should().StartWith("No:");
    }

    [Fact]
    public async Task Search_ValueNeverSent_SaysNone()
    {
        var (status, html) = await fixture.SearchAsync("AKIAZZZZZZZZZZZZZZZZ");
        var page = PageHtml.Parse(html);

        status.Should().Be(HttpStatusCode.OK);
        page.ById("search-none").Should().NotBeNull();
        page.ById("search-results").Should().BeNull();
        html.Contains("AKIAZZZZZZZZZZZZZZZZ", StringComparison.Ordinal).Should().BeFalse("the typed value is never echoed");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Search_EmptyValue_Answers400WithTheError(string value)
    {
        var (status, html) = await fixture.SearchAsync(value);

        status.Should().Be(HttpStatusCode.BadRequest);
        PageHtml.Parse(html).ById("search-error")!.Value.Should().Contain("empty");
    }

    [Fact]
    public async Task Search_HugeValue_Answers400WithoutEchoingIt()
    {
        var value = new string('7', 20_000);

        var (status, html) = await fixture.SearchAsync(value);

        status.Should().Be(HttpStatusCode.BadRequest);
        PageHtml.Parse(html).ById("search-error").Should().NotBeNull();
        html.Contains(new string('7', 100), StringComparison.Ordinal).Should().BeFalse("the typed value is never echoed");
    }

    [Fact]
    public async Task Search_WithoutAntiforgeryToken_IsRefused()
    {
        var (status, html) = await fixture.SearchAsync(Planted.Email, withToken: false);

        status.Should().Be(HttpStatusCode.BadRequest);
        PageHtml.Parse(html).ById("search-results").Should().BeNull();
        Planted.Which(html).Should().BeEmpty();
    }

    [Fact]
    public async Task Search_Form_IsNeverFilledBackAndPostsToItself()
    {
        var (_, html) = await fixture.SearchAsync(Planted.Email);
        var page = PageHtml.Parse(html);

        var form = page.ById("search-form")!;
        ((string?)form.Attribute("method")).Should().Be("post");
        ((string?)form.Attribute("action")).Should().Be("/dashboard/search");
        var input = page.ById("search-value")!;
        ((string?)input.Attribute("name")).Should().Be("value");
        ((string?)input.Attribute("type")).Should().Be("password");
        ((string?)input.Attribute("autocomplete")).Should().Be("off");
        input.Attribute("value").Should().BeNull();
        page.ById("search-submit").Should().NotBeNull();
        Rows(page).Should().NotBeEmpty("the e-mail of the first request is found");
    }

    [Fact]
    public async Task Search_TypedValues_NeverReachTheLogs()
    {
        foreach (var value in Planted.All)
        {
            await fixture.SearchAsync(value);
        }

        fixture.Proxy.Logs.Entries.Count(Planted.AnyIn).Should().Be(0, "no log line holds a planted value");
    }

    private static List<XElement> Rows(PageHtml page) =>
        page.ById("search-results")?.Descendants("tr").Where(tr => PageHtml.HasClass(tr, "event")).ToList() ?? [];

    private static List<string> Outcomes(PageHtml page) => Rows(page).Select(r => (string)r.Attribute("data-outcome")!).ToList();
}
