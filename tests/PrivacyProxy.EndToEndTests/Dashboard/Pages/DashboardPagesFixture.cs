using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Dashboard.Access;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Policy;

namespace PrivacyProxy.EndToEndTests.Dashboard.Pages;

/// <summary>
/// One running proxy with the dashboard user "auditor", real traffic through four teams (redact, block, route-local
/// and a team whose policy only audits cards, so a card leaves as it is), a configured team with a hostile name,
/// and a browser signed in by the login form. Tests read what the traffic left; none of them sends more.
/// </summary>
public sealed class DashboardPagesFixture : IAsyncLifetime
{
    public const string WatchKey = "pp-audit-watch-client-key-0000004";
    public const string WatchTeam = "team-watch";
    public const string HostileTeam = "<script>alert(1)</script>";

    /// <summary>The requests of the run; plain ones pad the events so paging has several pages.</summary>
    internal static readonly IReadOnlyList<RunStep> Steps =
    [
        new("redact", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Sentence), AuditedProxy.RedactKey),
        new("block", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("my key {KEY} here")), AuditedProxy.BlockKey),
        new("route-local", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("my SSN {SSN} is on file")), AuditedProxy.LocalKey),
        new("audit-only", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("charge card {CARD} please")), WatchKey),
        new("plain-1", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "hello there"), AuditedProxy.RedactKey),
        new("plain-2", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "what is a monad"), AuditedProxy.LocalKey),
        new("plain-3", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "write a haiku"), WatchKey),
    ];

    internal AuditedProxy Proxy { get; private set; } = null!;

    internal DashboardBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = DashboardUsers.Settings(TimeSpan.FromMilliseconds(50), (DashboardUsers.Auditor, DashboardUsers.AuditorPassword));
        settings["PrivacyProxy:Audit:FlushInterval"] = "00:00:00.010";
        settings["PrivacyProxy:ClientKeys:3:Id"] = "watch-caller";
        settings["PrivacyProxy:ClientKeys:3:Key"] = WatchKey;
        settings["PrivacyProxy:ClientKeys:3:Team"] = WatchTeam;
        settings["PrivacyProxy:Policies:watch-cards:Actions:FINANCIAL"] = "audit-only";
        settings[$"PrivacyProxy:Teams:{WatchTeam}:Policy"] = "watch-cards";
        settings[$"PrivacyProxy:Teams:{HostileTeam}:Policy"] = "block-secrets";
        Proxy = await AuditedProxy.StartAsync(settings);
        foreach (var step in Steps)
        {
            var sent = await Proxy.PostAsync(step.Path, step.Body, step.Key);
            if (sent.Status is < 200 or >= 500)
            {
                throw new InvalidOperationException($"step {step.Name} answered {sent.Status}");
            }
        }

        await WaitForEventsAsync(Steps.Count);
        Browser = new DashboardBrowser(Proxy.BaseUri);
        await Browser.SignInAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);
    }

    /// <summary>GETs <paramref name="path"/> as the signed-in user and parses the page (any status).</summary>
    internal async Task<(HttpStatusCode Status, PageHtml Page)> GetPageAsync(string path)
    {
        using var response = await Browser.GetAsync(path.TrimStart('/'));
        return (response.StatusCode, PageHtml.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Posts the search form with <paramref name="value"/> and the token of a fresh search page.</summary>
    internal async Task<(HttpStatusCode Status, string Html)> SearchAsync(string value, bool withToken = true)
    {
        var (_, form) = await GetPageAsync("/dashboard/search");
        var token = withToken ? TokenOf(form) : null;
        using var response = await Browser.PostFormAsync("dashboard/search", token, new KeyValuePair<string, string>("value", value));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token of the search form on <paramref name="page"/>.</summary>
    internal static string TokenOf(PageHtml page) =>
        (string)page.ById("search-form")!.Descendants().Single(e => (string?)e.Attribute("name") == DashboardBrowser.TokenField).Attribute("value")!;

    public async Task DisposeAsync()
    {
        Browser?.Dispose();
        await Proxy.DisposeAsync();
    }

    private async Task WaitForEventsAsync(int count)
    {
        var store = Proxy.Services.GetRequiredService<IAuditStore>();
        var period = new AuditPeriod(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await store.SummaryAsync(period)).Requests >= count)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the audit writer did not store the run's events");
    }
}
