namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>A browser that never signed in sees no dashboard content on any dashboard path: the login page or a 401.</summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class AnonymousAccessTests(DashboardBrowserFixture dashboard)
{
    // Elements only a signed-in page has (header, totals, tables, forms of the pages).
    private const string DashboardContent =
        "#dashboard-nav, #signed-in-user, #logout-form, main#content, #totals, #events-table, #search-form, section.breakdown, section.team";

    public static TheoryData<string> Pages => new()
    {
        "/dashboard",
        "/dashboard/events",
        "/dashboard/events?team=team-block&action=block",
        "/dashboard/breakdowns",
        "/dashboard/search",
        "/dashboard/policies",
    };

    public static TheoryData<string> Api => new()
    {
        "/dashboard/api/summary",
        "/dashboard/api/events?team=team-block",
        "/dashboard/api/search",
        "/dashboard/export.csv",
        "/dashboard/export.csv?action=block",
    };

    public static TheoryData<string> Others => new()
    {
        "/dashboard/static/dashboard.css",
        "/dashboard/static/dashboard.js",
        "/dashboard/no-such-page",
        "/dashboard/api/no-such-endpoint",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Anonymous_RedirectsToTheLoginPageComingBackToIt(string path)
    {
        await using var page = await dashboard.Chromium.NewPageAsync();

        await page.GoToAsync(dashboard.Url(path));

        var shown = await page.UrlAsync();
        shown.AbsolutePath.Should().Be("/dashboard/login", "an anonymous visit to {0} must land on the login page", path);
        (await page.ExistsAsync("form#login-form")).Should().BeTrue();
        (await page.AttributesAsync("input[name=returnUrl]", "value")).Should().Equal([path], "the login form must come back to the page asked for");
        (await page.ExistsAsync(DashboardContent)).Should().BeFalse("the login page shows no dashboard content");
    }

    [Theory]
    [MemberData(nameof(Api))]
    public async Task ApiOrExport_Anonymous_Answers401WithNoData(string path)
    {
        await using var page = await dashboard.Chromium.NewPageAsync();

        await page.GoToAsync(dashboard.Url(path));

        (await StatusAsync(page)).Should().Be(401, "{0} refuses an anonymous browser", path);
        (await page.UrlAsync()).AbsolutePath.Should().Be(new Uri(dashboard.Url(path).ToString()).AbsolutePath, "an API path does not redirect");
        string body = (await page.TextAsync("body")) ?? "";
        body.Should().NotContain("\"requests\"").And.NotContain("\"events\"").And.NotContain("team-block");
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task OtherPath_Anonymous_ShowsTheLoginPageOr401(string path)
    {
        await using var page = await dashboard.Chromium.NewPageAsync();

        await page.GoToAsync(dashboard.Url(path));

        bool login = (await page.UrlAsync()).AbsolutePath == "/dashboard/login" && await page.ExistsAsync("form#login-form");
        (login || await StatusAsync(page) == 401).Should().BeTrue("{0} is refused to an anonymous browser (login page or 401)", path);
        (await page.ExistsAsync(DashboardContent)).Should().BeFalse();
    }

    // The status of the document the page shows (after redirects), from the browser's own navigation timing.
    private static async Task<int> StatusAsync(BrowserPage page) =>
        (await page.EvaluateAsync("performance.getEntriesByType('navigation')[0].responseStatus")).GetInt32();
}
