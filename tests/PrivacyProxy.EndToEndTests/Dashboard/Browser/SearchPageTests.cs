using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// "Did this value leave?" typed into the search form: the results list the value's events with its fingerprint,
/// and the value is nowhere the browser keeps or shows (address, history, the page's HTML, the field itself).
/// </summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class SearchPageTests(DashboardBrowserFixture dashboard)
{
    // Indexes into Planted.All (test names show the index, never the value): the SSN went hosted and local, the
    // card hosted and blocked, the key only blocked.
    public static TheoryData<int> PlantedIndexes => new() { 3, 1, 0 };

    [Theory]
    [MemberData(nameof(PlantedIndexes))]
    public async Task Search_PlantedValue_ListsItsEventsAndTheFingerprint(int planted)
    {
        string value = Planted.All[planted];
        var fingerprints = dashboard.Proxy.Services.GetRequiredService<Fingerprinter>().ForSearch(value);
        var expected = await dashboard.Store.SearchAsync(fingerprints.Hashes, 500);
        await using var page = await dashboard.SignedInPageAsync("/dashboard/search");

        await page.FillAsync("#search-value", value);
        await page.ClickAndWaitForLoadAsync("#search-submit");

        expected.Should().NotBeEmpty("the run sent planted value #{0} through the proxy", planted);
        (await page.TextAsync("code#search-fingerprint")).Should().Be(fingerprints.Fingerprint);
        var ids = (await page.AttributesAsync("table#search-results tr.event", "data-event-id")).Select(static id => long.Parse(id!, System.Globalization.CultureInfo.InvariantCulture));
        ids.Should().BeEquivalentTo(expected.Select(static e => e.Id));
        (await page.TextsAsync("table#search-results tr.event td.upstream")).Should()
            .BeEquivalentTo(expected.Select(static e => AuditNames.ToText(e.Event.Upstream)), "each result says where it went");
        await ValueIsNowhereAsync(page, value);
    }

    [Fact]
    public async Task Search_ValueNeverSent_SaysNoneAndKeepsItNowhere()
    {
        const string value = "5500 0000 0000 0004";
        await using var page = await dashboard.SignedInPageAsync("/dashboard/search");

        await page.FillAsync("#search-value", value);
        await page.ClickAndWaitForLoadAsync("#search-submit");

        (await page.ExistsAsync("p#search-none")).Should().BeTrue();
        (await page.ExistsAsync("table#search-results tr.event")).Should().BeFalse();
        (await page.TextAsync("code#search-fingerprint")).Should().NotBeNullOrEmpty();
        await ValueIsNowhereAsync(page, value);
    }

    [Fact]
    public async Task Search_EmptyValue_Answers400WithAnError()
    {
        await using var page = await dashboard.SignedInPageAsync("/dashboard/search");

        await page.FillAsync("#search-value", "   ");
        await page.ClickAndWaitForLoadAsync("#search-submit");

        (await page.EvaluateAsync("performance.getEntriesByType('navigation')[0].responseStatus")).GetInt32().Should().Be(400);
        (await page.TextAsync("p#search-error")).Should().NotBeNullOrEmpty();
        (await page.ExistsAsync("table#search-results")).Should().BeFalse();
    }

    private static async Task ValueIsNowhereAsync(BrowserPage page, string value)
    {
        var url = await page.UrlAsync();
        url.AbsolutePath.Should().Be("/dashboard/search");
        Contains(url.ToString(), value).Should().BeFalse("the searched value is never put in the address");
        foreach (var (address, title) in await page.HistoryAsync())
        {
            (Contains(address, value) || Contains(title, value)).Should().BeFalse("the browser history never holds the searched value");
        }

        Contains(await page.HtmlAsync(), value).Should().BeFalse("the results page never shows the searched value");
        (await page.EvaluateAsync("document.querySelector('#search-value')?.value ?? ''")).GetString().Should().BeEmpty("the field is never filled again");
    }

    // As it is, URL-encoded (%20 or + for spaces) or HTML-encoded; the assertion messages above never show the value.
    private static bool Contains(string text, string value)
    {
        string escaped = Uri.EscapeDataString(value);
        return text.Contains(value, StringComparison.Ordinal)
            || text.Contains(escaped, StringComparison.OrdinalIgnoreCase)
            || text.Contains(escaped.Replace("%20", "+", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            || text.Contains(System.Net.WebUtility.HtmlEncode(value), StringComparison.Ordinal);
    }
}
