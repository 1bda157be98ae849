using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Dashboard.Access;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Pages;

/// <summary>The pages with the audit trail turned off (a banner, no store call) and with a failing store (503).</summary>
public sealed class AuditUnavailableTests
{
    private static readonly string[] Paths = ["dashboard", "dashboard/events", "dashboard/breakdowns", "dashboard/search", "dashboard/policies"];

    [Fact]
    public async Task Pages_AuditOff_ShowTheBannerAndAskTheStoreNothing()
    {
        var store = new FailingAuditStore();
        await using var proxy = await StartAsync(store, auditEnabled: false);
        using var browser = await SignInAsync(proxy);

        foreach (var path in Paths)
        {
            using var response = await browser.GetAsync(path);
            var page = PageHtml.Parse(await response.Content.ReadAsStringAsync());

            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            page.ById("audit-off")!.Value.Should().StartWith("The audit trail is off");
            page.ById("content").Should().NotBeNull();
        }

        var (status, html) = await SearchAsync(browser, Planted.Card);
        status.Should().Be(HttpStatusCode.OK);
        PageHtml.Parse(html).ById("audit-off").Should().NotBeNull();
        store.Queries.Should().Be(0);
    }

    [Fact]
    public async Task Pages_StoreFails_Answer503WithoutTheDriversMessage()
    {
        var store = new FailingAuditStore();
        await using var proxy = await StartAsync(store, auditEnabled: true);
        using var browser = await SignInAsync(proxy);

        foreach (var path in Paths.Where(p => p != "dashboard/search"))
        {
            using var response = await browser.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, path);
            PageHtml.Parse(html).ById("store-error")!.Value.Should().StartWith("The audit store is unavailable");
            html.Contains("db-host-7", StringComparison.Ordinal).Should().BeFalse();
            html.Contains("SELECT", StringComparison.Ordinal).Should().BeFalse();
        }

        var (status, searched) = await SearchAsync(browser, Planted.Card);
        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        Planted.Which(searched).Should().BeEmpty();
        store.Queries.Should().BeGreaterThan(0);
    }

    private static Task<AuditedProxy> StartAsync(FailingAuditStore store, bool auditEnabled)
    {
        var settings = DashboardUsers.Settings(TimeSpan.FromMilliseconds(50), (DashboardUsers.Auditor, DashboardUsers.AuditorPassword));
        settings["PrivacyProxy:Audit:Enabled"] = auditEnabled ? "true" : "false";
        return AuditedProxy.StartAsync(settings, services => services.AddSingleton<IAuditStore>(store));
    }

    private static async Task<DashboardBrowser> SignInAsync(AuditedProxy proxy)
    {
        var browser = new DashboardBrowser(proxy.BaseUri);
        await browser.SignInAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);
        return browser;
    }

    private static async Task<(HttpStatusCode Status, string Html)> SearchAsync(DashboardBrowser browser, string value)
    {
        using var form = await browser.GetAsync("dashboard/search");
        var token = DashboardPagesFixture.TokenOf(PageHtml.Parse(await form.Content.ReadAsStringAsync()));
        using var response = await browser.PostFormAsync("dashboard/search", token, new KeyValuePair<string, string>("value", value));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
