using System.Globalization;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>Signing in through the login form lands on the overview, whose totals count the requests the run sent.</summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class SignInTests(DashboardBrowserFixture dashboard)
{
    private const string LoginError = "The user name or password is wrong, or the account is locked for a while.";

    [Fact]
    public async Task LoginForm_RightPassword_LandsOnTheOverviewAsTheUser()
    {
        await using var page = await dashboard.Chromium.NewPageAsync();
        await page.GoToAsync(dashboard.Url("/dashboard"));

        await DashboardBrowserFixture.SignInAsync(page, DashboardBrowserFixture.Password);

        (await page.UrlAsync()).AbsolutePath.Should().BeOneOf(["/dashboard", "/dashboard/"], "the form comes back to the page first asked for");
        (await page.TextAsync("#signed-in-user")).Should().Be(DashboardBrowserFixture.UserName);
        (await page.AttributesAsync("#dashboard-nav a[aria-current=page]", "data-nav")).Should().Equal(["overview"]);
        (await page.ExistsAsync("dl#totals")).Should().BeTrue();
        (await page.ExistsAsync("svg#chart-requests")).Should().BeTrue();
        (await page.ExistsAsync("svg#chart-findings")).Should().BeTrue();
    }

    [Fact]
    public async Task Overview_AfterTheRun_TotalsCountTheRequestsSent()
    {
        await using var page = await dashboard.SignedInPageAsync();
        var summary = await dashboard.Store.SummaryAsync(DashboardBrowserFixture.RunPeriod);
        long Stored(params string[] actions) => actions.Sum(a => summary.RequestsByAction.GetValueOrDefault(a));

        (await NumberAsync(page, "#total-requests")).Should().Be(dashboard.Sent.Count, "every request sent is one event");
        // "Blocked or refused": the policy's blocks, and the requests the proxy refused (wrong key, unreadable body).
        Stored("block").Should().Be(dashboard.Sent.Count(static s => s.Action == "block"));
        Stored("refuse").Should().BePositive("the run sends a wrong key and a malformed body");
        (await NumberAsync(page, "#total-blocked")).Should().Be(Stored("block", "refuse"));
        // "Routed to the local model": what the policy routed there, and what Ollama's native routes always send there.
        var local = await dashboard.Store.EventsAsync(new AuditEventFilter(DashboardBrowserFixture.RunPeriod) { Upstream = AuditUpstream.Local }, AuditQueryLimits.MaxPageSize);
        local.Events.Count.Should().BeGreaterThan(dashboard.Sent.Count(static s => s.Action == "route-local"), "the run routes ids to the local model and sends Ollama requests");
        (await NumberAsync(page, "#total-local")).Should().Be(local.Events.Count);
        (await NumberAsync(page, "#total-findings")).Should().Be(summary.FindingsByCategory.Values.Sum()).And.BePositive();
        (await NumberAsync(page, "#total-masked")).Should().Be(Stored("redact", "mask")).And.BePositive();
        (await NumberAsync(page, "#placeholders-issued")).Should().BePositive("the redacted requests were sent placeholders");
        Planted.Which(await page.HtmlAsync()).Should().BeEmpty("the overview shows no planted value");
    }

    [Fact]
    public async Task LoginForm_WrongPassword_Answers401WithTheErrorAndNoPassword()
    {
        const string wrong = "not the password at all";
        await using var page = await dashboard.Chromium.NewPageAsync();
        await page.GoToAsync(dashboard.Url("/dashboard/events"));

        await DashboardBrowserFixture.SignInAsync(page, wrong);

        (await page.EvaluateAsync("performance.getEntriesByType('navigation')[0].responseStatus")).GetInt32().Should().Be(401);
        (await page.TextAsync("p#login-error")).Should().Be(LoginError);
        (await page.ExistsAsync("#dashboard-nav")).Should().BeFalse();
        (await page.HtmlAsync()).Contains(wrong, StringComparison.Ordinal).Should().BeFalse("the page never echoes a password");
        (await page.EvaluateAsync("document.querySelector('#password').value")).GetString().Should().BeEmpty();

        await DashboardBrowserFixture.SignInAsync(page, DashboardBrowserFixture.Password);

        (await page.UrlAsync()).AbsolutePath.Should().Be("/dashboard/events", "after a failure the form still returns to the page asked for");
        (await page.TextAsync("#signed-in-user")).Should().Be(DashboardBrowserFixture.UserName);
    }

    private static async Task<long> NumberAsync(BrowserPage page, string selector)
    {
        string? text = await page.TextAsync(selector);
        text.Should().NotBeNull("the overview has {0}", selector);
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long number).Should().BeTrue("{0} holds a plain integer, not '{1}'", selector, text);
        return number;
    }
}
