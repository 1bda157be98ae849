namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// Every signed-in page runs under the dashboard's Content Security Policy without a violation or a script error
/// (no inline script, handler or style), its own script still works, and signing out ends the session.
/// </summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class ContentSecurityTests(DashboardBrowserFixture dashboard)
{
    private static readonly string[] Pages = ["overview", "events", "breakdowns", "search", "policies"];

    [Fact]
    public async Task EveryPage_SignedIn_RunsWithoutCspViolationsOrScriptErrors()
    {
        await using var page = await dashboard.SignedInPageAsync();

        foreach (var name in Pages)
        {
            await page.GoToAsync(dashboard.Url(name == "overview" ? "/dashboard" : "/dashboard/" + name));
            (await page.AttributesAsync("#dashboard-nav a[aria-current=page]", "data-nav")).Should().Equal([name]);
            string policy = (await page.EvaluateAsync("fetch(location.href).then(r => r.headers.get('content-security-policy') ?? '')")).GetString()!;
            policy.Should().Contain("script-src", "page {0} is served with a policy that governs scripts", name)
                .And.NotContain("'unsafe-inline'").And.Contain("frame-ancestors 'none'");
        }

        Problems(page).Should().BeEmpty("no dashboard page breaks its own Content Security Policy or throws");

        // The control: an inline script is refused, and the refusal is seen, so the check above can fail.
        (await page.EvaluateAsync("""
            (() => {
              const s = document.createElement('script');
              s.textContent = 'window.inlineRan = true';
              document.body.appendChild(s);
              return window.inlineRan === true;
            })()
            """)).GetBoolean().Should().BeFalse("the policy forbids inline script");
        await WaitForAsync(() => Problems(page).Count > 0);
        Problems(page).Should().NotBeEmpty("the browser reports the refused inline script");
    }

    [Fact]
    public async Task PeriodSelect_Changed_DashboardScriptFillsFromAndTo()
    {
        await using var page = await dashboard.SignedInPageAsync();

        await page.FillAsync("#period", "7d");

        var span = await page.EvaluateAsync("(Date.parse(document.querySelector('#to').value + 'Z') - Date.parse(document.querySelector('#from').value + 'Z')) / 3600000");
        span.GetDouble().Should().BeApproximately(7 * 24, 0.01, "dashboard.js sets the period the select names");
        await page.ClickAndWaitForLoadAsync("#apply-period");
        (await page.UrlAsync()).Query.Should().Contain("from=").And.Contain("to=");
        (await page.ExistsAsync("dl#totals")).Should().BeTrue();
        Problems(page).Should().BeEmpty();
    }

    [Fact]
    public async Task Logout_SignedIn_EndsTheSession()
    {
        // A sign-in of its own: the session the other tests share stays.
        await using var page = await dashboard.Chromium.NewPageAsync();
        await page.GoToAsync(dashboard.Url("/dashboard/events"));
        await DashboardBrowserFixture.SignInAsync(page, DashboardBrowserFixture.Password);

        await page.ClickAndWaitForLoadAsync("#logout");

        (await page.UrlAsync()).AbsolutePath.Should().Be("/dashboard/login");
        await page.GoToAsync(dashboard.Url("/dashboard/events"));
        (await page.UrlAsync()).AbsolutePath.Should().Be("/dashboard/login", "after signing out the dashboard asks for a sign-in again");
        (await page.ExistsAsync("#dashboard-nav")).Should().BeFalse();
    }

    // CSP refusals arrive as "security" log entries or console errors naming the policy; script errors as exceptions.
    private static List<string> Problems(BrowserPage page) =>
        [.. page.Messages
            .Where(static m => m.Source is "security" or "javascript"
                || m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || m.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .Select(static m => $"{m.Source}/{m.Level}: {m.Text}")];

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 40 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
