using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>The events table: its filters narrow the rows to what was asked for, and its next-page link walks them all.</summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class EventsPageTests(DashboardBrowserFixture dashboard)
{
    [Fact]
    public async Task Events_Unfiltered_ListsEveryRequestOfTheRun()
    {
        await using var page = await dashboard.SignedInPageAsync("/dashboard/events");

        var ids = await EventIdsAsync(page);

        ids.Should().HaveCount(dashboard.Sent.Count).And.OnlyHaveUniqueItems();
        (await page.AttributesAsync("#dashboard-nav a[aria-current=page]", "data-nav")).Should().Equal(["events"]);
        (await page.TextsAsync("tr.event td.team")).Should().Contain(["team-redact", "team-block", "team-local"]);
        Planted.Which(await page.HtmlAsync()).Should().BeEmpty("the events table shows no planted value");
    }

    [Fact]
    public async Task FilterForm_TeamAndAction_NarrowsTheRowsToThem()
    {
        await using var page = await dashboard.SignedInPageAsync("/dashboard/events");
        var expected = await StoredIdsAsync(new AuditEventFilter(DashboardBrowserFixture.RunPeriod) { Team = "team-block", Action = AuditAction.Block });

        await page.FillAsync("#team", "team-block");
        await page.FillAsync("#action", "block");
        await page.ClickAndWaitForLoadAsync("#apply-filters");

        var query = (await page.UrlAsync()).Query;
        query.Should().Contain("team=team-block").And.Contain("action=block", "the filter form is a GET form");
        expected.Should().HaveCount(SentBlocked(), "the store holds one blocked event per blocked request of team-block");
        (await EventIdsAsync(page)).Should().BeEquivalentTo(expected);
        (await page.TextsAsync("tr.event td.team")).Should().AllBe("team-block");
        (await page.TextsAsync("tr.event td.action")).Should().AllBe("block");
        (await page.TextsAsync("tr.event td.upstream")).Should().AllBe("none", "a blocked request went nowhere");
    }

    [Fact]
    public async Task FilterForm_NothingMatches_SaysSo()
    {
        await using var page = await dashboard.SignedInPageAsync("/dashboard/events");

        await page.FillAsync("#team", "team-local");
        await page.FillAsync("#action", "block");
        await page.ClickAndWaitForLoadAsync("#apply-filters");

        (await EventIdsAsync(page)).Should().BeEmpty();
        (await page.ExistsAsync("p#no-events")).Should().BeTrue();
        (await page.ExistsAsync("a#next-page")).Should().BeFalse();
    }

    [Fact]
    public async Task NextPage_FilteredTwoPerPage_WalksEveryMatchingRowOnce()
    {
        const int pageSize = 2;
        await using var page = await dashboard.SignedInPageAsync($"/dashboard/events?team=team-block&action=block&limit={pageSize}");
        var expected = await StoredIdsAsync(new AuditEventFilter(DashboardBrowserFixture.RunPeriod) { Team = "team-block", Action = AuditAction.Block });
        expected.Count.Should().BeGreaterThan(pageSize, "the run blocks enough requests to need a second page");

        var seen = new List<long>();
        int pages = 0;
        while (true)
        {
            var ids = await EventIdsAsync(page);
            ids.Should().HaveCountLessThanOrEqualTo(pageSize).And.NotBeEmpty("page {0} ({1}) was linked to, so it has rows", pages + 1, (await page.UrlAsync()).PathAndQuery);
            (await page.TextsAsync("tr.event td.team")).Should().AllBe("team-block", "page {0} keeps the filters", pages + 1);
            seen.AddRange(ids);
            pages++;
            if (!await page.ExistsAsync("a#next-page"))
            {
                break;
            }

            string href = (await page.AttributesAsync("a#next-page", "href")).Single()!;
            href.Should().Contain("team=team-block").And.Contain("action=block").And.Contain("page=");
            pages.Should().BeLessThan(expected.Count, "paging must end");
            await page.ClickAndWaitForLoadAsync("a#next-page");
        }

        seen.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(expected);
        pages.Should().Be((expected.Count + pageSize - 1) / pageSize);
    }

    private int SentBlocked()
    {
        int count = 0;
        for (int i = 0; i < dashboard.Sent.Count; i++)
        {
            count += DashboardBrowserFixture.Traffic[i].Key == AuditedProxy.BlockKey && dashboard.Sent[i].Action == "block" ? 1 : 0;
        }

        return count;
    }

    private async Task<IReadOnlyList<long>> StoredIdsAsync(AuditEventFilter filter)
    {
        var page = await dashboard.Store.EventsAsync(filter, AuditQueryLimits.MaxPageSize);
        return [.. page.Events.Select(static e => e.Id)];
    }

    internal static async Task<IReadOnlyList<long>> EventIdsAsync(BrowserPage page) =>
        [.. (await page.AttributesAsync("table#events-table tbody tr.event", "data-event-id")).Select(static id => long.Parse(id!, System.Globalization.CultureInfo.InvariantCulture))];
}
