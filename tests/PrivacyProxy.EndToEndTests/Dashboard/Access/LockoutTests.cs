using System.Net;
using PrivacyProxy.EndToEndTests.Auditing;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>After LockoutThreshold failures, one user name from one address is refused even with the right password.</summary>
public sealed class LockoutTests
{
    private const string Victim = "locked-user";
    private const string VictimPassword = "the victim's real passphrase";
    private const string Bystander = "other-user";
    private const string BystanderPassword = "another real passphrase";

    [Fact]
    public async Task Lockout_AfterThresholdFailures_RefusesTheRightPasswordTooByFormAndBasic()
    {
        var settings = DashboardUsers.Settings(TimeSpan.FromMilliseconds(50), (Victim, VictimPassword), (Bystander, BystanderPassword));
        settings["PrivacyProxy:Dashboard:LockoutThreshold"] = "3";
        await using var proxy = await AuditedProxy.StartAsync(settings);
        using var browser = new DashboardBrowser(proxy.BaseUri);

        var failures = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            using var wrong = await browser.LoginAsync(Victim, "guess number " + i);
            wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            failures.Add(DashboardBrowser.WithoutToken(await wrong.Content.ReadAsStringAsync()));
        }

        using var right = await browser.LoginAsync(Victim, VictimPassword);
        right.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the pair is locked");
        DashboardBrowser.WithoutToken(await right.Content.ReadAsStringAsync()).Should().Be(failures[0], "a locked user sees the same answer as a wrong password");

        // The same name in another case is the same user, and HTTP Basic goes through the same lock.
        using var upper = await browser.LoginAsync(Victim.ToUpperInvariant(), VictimPassword);
        upper.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var basic = new DashboardBrowser(proxy.BaseUri);
        basic.Client.DefaultRequestHeaders.Authorization = AnonymousAccessTests.Basic(Victim, VictimPassword);
        using var basicAnswer = await basic.GetAsync("dashboard/no-such-page");
        basicAnswer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        // Only that user is locked.
        using var other = await browser.LoginAsync(Bystander, BystanderPassword);
        other.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        proxy.Logs.Entries.Should().Contain(static e => e.Contains($"Dashboard user {Victim} locked for one client address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lockout_BasicFailures_LockTheFormToo()
    {
        var settings = DashboardUsers.Settings(TimeSpan.FromMilliseconds(50), (Victim, VictimPassword));
        settings["PrivacyProxy:Dashboard:LockoutThreshold"] = "2";
        await using var proxy = await AuditedProxy.StartAsync(settings);
        using var basic = new DashboardBrowser(proxy.BaseUri);
        basic.Client.DefaultRequestHeaders.Authorization = AnonymousAccessTests.Basic(Victim, "wrong");
        for (int i = 0; i < 2; i++)
        {
            using var refused = await basic.GetAsync("dashboard/api/summary");
            refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        using var browser = new DashboardBrowser(proxy.BaseUri);
        using var right = await browser.LoginAsync(Victim, VictimPassword);

        right.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Lockout_SuccessBeforeTheThreshold_ResetsTheCount()
    {
        var settings = DashboardUsers.Settings(TimeSpan.FromMilliseconds(50), (Victim, VictimPassword));
        settings["PrivacyProxy:Dashboard:LockoutThreshold"] = "2";
        await using var proxy = await AuditedProxy.StartAsync(settings);
        using var browser = new DashboardBrowser(proxy.BaseUri);

        (await browser.LoginAsync(Victim, "wrong once")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await browser.LoginAsync(Victim, VictimPassword)).StatusCode.Should().Be(HttpStatusCode.SeeOther);
        (await browser.LoginAsync(Victim, "wrong again")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var right = await browser.LoginAsync(Victim, VictimPassword);
        right.StatusCode.Should().Be(HttpStatusCode.SeeOther, "one failure since the last success does not reach the threshold of 2");
    }
}
