using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>The login form and the logout (DOM contract), through real HTTP like a browser.</summary>
public sealed class LoginTests(DashboardAccessFixture fixture) : IClassFixture<DashboardAccessFixture>
{
    private const string ErrorText = "The user name or password is wrong, or the account is locked for a while.";

    [Fact]
    public async Task LoginPage_RendersTheContractWithAHashedInlineStyleAndNoScript()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);

        using var response = await browser.GetAsync("dashboard/login?returnUrl=%2Fdashboard%2Fevents%3Fteam%3Da");
        string html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        html.Should().StartWith("<!doctype html>").And.Contain("<html lang=\"en\">").And.Contain("<title>PrivacyProxy");
        html.Should().Contain("<form id=\"login-form\" method=\"post\" action=\"/dashboard/login\">")
            .And.Contain("<input id=\"username\" name=\"username\"")
            .And.Contain("<input id=\"password\" name=\"password\" type=\"password\"")
            .And.Contain("<input type=\"hidden\" name=\"returnUrl\" value=\"/dashboard/events?team=a\">")
            .And.Contain("<button id=\"login-submit\"");
        html.Should().NotContain("<script").And.NotContain("style=\"").And.NotContain("login-error").And.NotContain("no-users");
        DashboardBrowser.TokenIn(html).Should().NotBeEmpty();

        // The CSP allows exactly the page's one <style> element, by its hash.
        string css = Regex.Match(html, "<style>(?<css>[^<]*)</style>").Groups["css"].Value;
        string hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(css)));
        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.Should().Contain($"style-src 'self' 'sha256-{hash}';");
        SecurityHeaders.ShouldBeOn(response);
    }

    [Fact]
    public async Task Login_RightPassword_SetsAStrictHttpOnlyCookieAndReturns()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        using (var before = await browser.GetAsync("dashboard/events"))
        {
            before.StatusCode.Should().Be(HttpStatusCode.Found);
        }

        using var response = await browser.LoginAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword, "/dashboard/events?team=a&from=2026-12-01");

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.Should().Be("/dashboard/events?team=a&from=2026-12-01");
        string cookie = response.Headers.GetValues("Set-Cookie").Single(static c => c.StartsWith("PrivacyProxy.Dashboard=", StringComparison.Ordinal));
        cookie.ToLowerInvariant().Should().Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/dashboard")
            .And.NotContain("secure", "the proxy is served over plain HTTP here");
        SecurityHeaders.ShouldBeOn(response);

        using var after = await browser.GetAsync("dashboard/no-such-page");
        after.StatusCode.Should().Be(HttpStatusCode.NotFound, "the cookie signs the browser in");
    }

    [Fact]
    public async Task Login_WrongPasswordAndUnknownUser_AnswerTheSamePageWith401AfterTheDelay()
    {
        var answers = new List<(HttpStatusCode Status, string Page, TimeSpan Elapsed)>();
        foreach (var (name, password) in new[] { (DashboardUsers.Auditor, "Correct horse battery staple"), ("auditor2", DashboardUsers.AuditorPassword) })
        {
            using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
            string token = await browser.LoginTokenAsync();
            var clock = Stopwatch.StartNew();
            using var response = await browser.PostFormAsync(
                "dashboard/login", token, new("username", name), new("password", password), new("returnUrl", "/dashboard/events"));
            string page = await response.Content.ReadAsStringAsync();
            answers.Add((response.StatusCode, DashboardBrowser.WithoutToken(page), clock.Elapsed));
            browser.Cookies.GetAllCookies().Should().NotContain(static c => c.Name == "PrivacyProxy.Dashboard", "a failed sign-in sets no session");
            SecurityHeaders.ShouldBeOn(response);
        }

        answers.Should().AllSatisfy(static a =>
        {
            a.Status.Should().Be(HttpStatusCode.Unauthorized);
            a.Page.Should().Contain($"<p id=\"login-error\" class=\"error\" role=\"alert\">{ErrorText}</p>").And.Contain("id=\"login-form\"");
            a.Elapsed.Should().BeGreaterThanOrEqualTo(DashboardAccessFixture.Delay - TimeSpan.FromMilliseconds(30));
        });
        answers[0].Page.Should().Be(answers[1].Page, "nothing tells which part was wrong");
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_Is400()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        await browser.LoginTokenAsync();

        using var missing = await browser.LoginAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword, withToken: false);
        using var forged = await browser.PostFormAsync(
            "dashboard/login", "CfDJ8forged-token", new("username", DashboardUsers.Auditor), new("password", DashboardUsers.AuditorPassword));

        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        SecurityHeaders.ShouldBeOn(missing);
        browser.Cookies.GetAllCookies().Should().NotContain(static c => c.Name == "PrivacyProxy.Dashboard");
    }

    [Fact]
    public async Task Login_TokenFromAnotherBrowser_Is400()
    {
        using var other = new DashboardBrowser(fixture.Proxy.BaseUri);
        string stolen = await other.LoginTokenAsync();
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        await browser.LoginTokenAsync();

        using var response = await browser.PostFormAsync(
            "dashboard/login", stolen, new("username", DashboardUsers.Auditor), new("password", DashboardUsers.AuditorPassword));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("//evil.example/dashboard")]
    [InlineData("https://evil.example/dashboard")]
    [InlineData("/\\evil.example")]
    [InlineData("/dashboard\\..\\..\\x")]
    [InlineData("/dashboard//evil.example")]
    [InlineData("/dashboard/../admin")]
    [InlineData("/dashboard/%2e%2e/admin")]
    [InlineData("/dashboardevil")]
    [InlineData("/other")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/dashboard/login")]
    [InlineData(" /dashboard/events")]
    [InlineData("/dashboard/\u00e9v\u00e9nements")]
    [InlineData("/dashboard/events\r\nSet-Cookie: x=y")]
    [InlineData("")]
    public async Task Login_ReturnUrlOutsideTheDashboard_GoesToTheOverview(string returnUrl)
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);

        using var response = await browser.LoginAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword, returnUrl);

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.Should().Be("/dashboard");
    }

    [Fact]
    public async Task Login_AfterTheChallenge_ReturnsToTheRefusedPageWithItsFilters()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        using var refused = await browser.GetAsync("dashboard/events?team=%C3%A9quipe%20a%26b&action=block");
        string login = refused.Headers.Location!.OriginalString;
        string returnUrl = Uri.UnescapeDataString(login[(login.IndexOf("returnUrl=", StringComparison.Ordinal) + "returnUrl=".Length)..]);

        using var page = await browser.GetAsync(login.TrimStart('/'));
        string html = await page.Content.ReadAsStringAsync();
        using var response = await browser.LoginAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword, returnUrl);

        html.Should().Contain($"name=\"returnUrl\" value=\"{System.Net.WebUtility.HtmlEncode(returnUrl)}\"");
        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.Should().Be("/dashboard/events?team=%C3%A9quipe%20a%26b&action=block");
    }

    [Fact]
    public async Task LoginPage_HostileReturnUrl_IsNotRendered()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);

        using var response = await browser.GetAsync("dashboard/login?returnUrl=" + Uri.EscapeDataString("/dashboard/\"><script>x</script>"));
        string html = await response.Content.ReadAsStringAsync();

        html.Should().NotContain("<script>").And.Contain("name=\"returnUrl\" value=\"/dashboard/&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"");
    }

    [Fact]
    public async Task Logout_WithToken_EndsTheSessionAndWithoutToken_Is400()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        await browser.SignInAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);

        using (var refused = await browser.PostFormAsync("dashboard/logout", token: null))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            SecurityHeaders.ShouldBeOn(refused);
        }

        using (var stillIn = await browser.GetAsync("dashboard/no-such-page"))
        {
            stillIn.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        // A signed-in page's token (the login page, rendered for the signed-in user, carries one).
        string token = await browser.LoginTokenAsync();
        using (var logout = await browser.PostFormAsync("dashboard/logout", token))
        {
            logout.StatusCode.Should().Be(HttpStatusCode.SeeOther);
            logout.Headers.Location!.OriginalString.Should().Be("/dashboard/login");
        }

        using var after = await browser.GetAsync("dashboard/no-such-page");
        after.StatusCode.Should().Be(HttpStatusCode.Found);
    }

    [Fact]
    public async Task Logs_NameTheConfiguredUserOnly_AndNeverAPassword()
    {
        string typedPassword = "pw-" + Guid.NewGuid().ToString("N");
        string unknownName = "mistyped-" + Guid.NewGuid().ToString("N");
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        (await browser.LoginAsync(DashboardUsers.Auditor, typedPassword)).Dispose();
        (await browser.LoginAsync(unknownName, typedPassword)).Dispose();
        browser.Client.DefaultRequestHeaders.Authorization = AnonymousAccessTests.Basic(unknownName, typedPassword);
        (await browser.GetAsync("dashboard/api/summary")).Dispose();
        browser.Client.DefaultRequestHeaders.Authorization = null;
        await browser.SignInAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);

        var entries = fixture.Proxy.Logs.Entries;
        entries.Any(e => e.Contains(typedPassword, StringComparison.Ordinal)).Should().BeFalse("a typed password reached a log");
        entries.Any(e => e.Contains(unknownName, StringComparison.Ordinal)).Should().BeFalse("a name that is no user reached a log");
        entries.Any(e => e.Contains(DashboardUsers.AuditorPassword, StringComparison.Ordinal)).Should().BeFalse("the password reached a log");
        entries.Should().Contain(static e => e.Contains("Dashboard user auditor signed in (form)", StringComparison.Ordinal));
        entries.Should().Contain(static e => e.Contains("Dashboard sign-in refused for user auditor (form): wrong password", StringComparison.Ordinal));
        entries.Should().Contain(static e => e.Contains("Dashboard sign-in refused for a name that is not a configured user (basic)", StringComparison.Ordinal));
    }
}
