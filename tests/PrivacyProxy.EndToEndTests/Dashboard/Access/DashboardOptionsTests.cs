using System.Net;
using Microsoft.Extensions.Options;
using PrivacyProxy.Dashboard.Access;
using PrivacyProxy.EndToEndTests.Auditing;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>The dashboard's settings are checked at start, with messages that name the key and never quote a hash.</summary>
public sealed class DashboardOptionsTests
{
    private static readonly string GoodHash = PasswordHasher.Hash("a valid passphrase");

    [Fact]
    public void Validate_Defaults_AreValidAndHaveNoUser()
    {
        var options = new DashboardOptions();

        new DashboardOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
        options.Users.Should().BeEmpty();
        options.FailedLoginDelay.Should().Be(TimeSpan.FromSeconds(1));
        options.LockoutThreshold.Should().Be(5);
        options.LockoutWindow.Should().Be(TimeSpan.FromMinutes(15));
        options.LockoutDuration.Should().Be(TimeSpan.FromMinutes(15));
        options.SessionLifetime.Should().Be(TimeSpan.FromHours(8));
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedNamingItsKey()
    {
        string weakHash = GoodHash.Replace("$600000$", "$1000$", StringComparison.Ordinal);
        var options = new DashboardOptions
        {
            Users =
            [
                new() { Name = "alice", PasswordHash = GoodHash },
                new() { Name = "ALICE", PasswordHash = GoodHash },
                new() { Name = "", PasswordHash = GoodHash },
                new() { Name = "bob:builder", PasswordHash = GoodHash },
                new() { Name = "carol", PasswordHash = "s3cr3t-plain-text" },
                new() { Name = "dave", PasswordHash = weakHash },
            ],
            FailedLoginDelay = TimeSpan.Zero,
            LockoutThreshold = 0,
            LockoutWindow = TimeSpan.FromSeconds(-1),
            LockoutDuration = TimeSpan.Zero,
            SessionLifetime = TimeSpan.Zero,
        };

        var result = new DashboardOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        string[] failures = [.. result.Failures!];
        failures.Should().Contain(static f => f.StartsWith("PrivacyProxy:Dashboard:Users:1:Name repeats", StringComparison.Ordinal));
        failures.Should().Contain(static f => f.StartsWith("PrivacyProxy:Dashboard:Users:2:Name must not be empty", StringComparison.Ordinal));
        failures.Should().Contain(static f => f.StartsWith("PrivacyProxy:Dashboard:Users:3:Name must be", StringComparison.Ordinal));
        failures.Should().Contain(static f => f.StartsWith("PrivacyProxy:Dashboard:Users:4:PasswordHash is not a hash made by", StringComparison.Ordinal));
        failures.Should().Contain(static f => f.StartsWith("PrivacyProxy:Dashboard:Users:5:PasswordHash has an iteration count", StringComparison.Ordinal));
        foreach (string key in new[] { "FailedLoginDelay", "LockoutThreshold", "LockoutWindow", "LockoutDuration", "SessionLifetime" })
        {
            failures.Should().Contain(f => f.StartsWith($"PrivacyProxy:Dashboard:{key} must be", StringComparison.Ordinal));
        }

        failures.Should().HaveCount(10);
        string.Join("\n", failures).Should().NotContain("s3cr3t").And.NotContain(GoodHash.Split('$')[3]);
    }

    [Fact]
    public async Task Start_WithABadHash_IsRefusedNamingTheKeyButNotTheHash()
    {
        var settings = new Dictionary<string, string?>
        {
            ["PrivacyProxy:Dashboard:Users:0:Name"] = "auditor",
            ["PrivacyProxy:Dashboard:Users:0:PasswordHash"] = "plaintext-pass-not-a-hash",
        };

        var start = () => AuditedProxy.StartAsync(settings);

        var thrown = await start.Should().ThrowAsync<OptionsValidationException>();
        thrown.Which.Message.Should().Contain("PrivacyProxy:Dashboard:Users:0:PasswordHash").And.NotContain("plaintext-pass-not-a-hash");
    }

    [Fact]
    public async Task NoUsers_LoginPageSaysSoAndNobodySignsIn()
    {
        await using var proxy = await AuditedProxy.StartAsync(new Dictionary<string, string?> { ["PrivacyProxy:Dashboard:FailedLoginDelay"] = "00:00:00.050" });
        using var browser = new DashboardBrowser(proxy.BaseUri);

        using var page = await browser.GetAsync("dashboard/login");
        string html = await page.Content.ReadAsStringAsync();
        using var login = await browser.LoginAsync("admin", "admin");

        html.Should().Contain("id=\"no-users\"").And.Contain("no users configured").And.Contain("Dashboard users");
        login.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
