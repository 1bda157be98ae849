using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>Nobody sees a dashboard path without signing in; anonymous answers and signed-in ones carry the security headers.</summary>
public sealed class AnonymousAccessTests(DashboardAccessFixture fixture) : IClassFixture<DashboardAccessFixture>
{
    private const string BasicChallenge = "Basic realm=\"PrivacyProxy dashboard\", charset=\"UTF-8\"";

    public static TheoryData<string, string> PagePaths()
    {
        var data = new TheoryData<string, string>();
        string[] paths =
        [
            "/dashboard", "/dashboard/", "/dashboard/events", "/dashboard/events?team=a&page=2", "/dashboard/breakdowns",
            "/dashboard/search", "/dashboard/policies", "/dashboard/static/dashboard.css", "/dashboard/static/dashboard.js",
            "/dashboard/logout", "/dashboard/x", "/dashboard/no/such/page", "/DASHBOARD/events",
        ];
        foreach (string path in paths)
        {
            foreach (string method in new[] { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" })
            {
                data.Add(method, path);
            }
        }

        return data;
    }

    public static TheoryData<string, string> ApiPaths()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in new[] { "/dashboard/api/summary", "/dashboard/api/events?team=a", "/dashboard/api/search", "/dashboard/export.csv", "/dashboard/api/unknown" })
        {
            foreach (string method in new[] { "GET", "POST", "DELETE" })
            {
                data.Add(method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagePaths))]
    public async Task Anonymous_PagePath_RedirectsToLoginWithReturnUrl(string method, string path)
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new FormUrlEncodedContent([new("value", "x")]);
        }

        using var response = await browser.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        response.Headers.Location!.OriginalString.Should().Be("/dashboard/login?returnUrl=" + Uri.EscapeDataString(path));
        SecurityHeaders.ShouldBeOn(response);
    }

    [Theory]
    [MemberData(nameof(ApiPaths))]
    public async Task Anonymous_ApiPath_Answers401WithBasicChallengeAndJsonError(string method, string path)
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (method == "POST")
        {
            request.Content = new StringContent("{\"value\":\"x\"}", Encoding.UTF8, "application/json");
        }

        using var response = await browser.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(static h => h.ToString()).Should().Equal(BasicChallenge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("unauthorized");
        json.RootElement.GetProperty("error").GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        SecurityHeaders.ShouldBeOn(response);
    }

    [Fact]
    public async Task Anonymous_ForgedCookie_IsRefused()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        browser.Cookies.Add(fixture.Proxy.BaseUri, new Cookie("PrivacyProxy.Dashboard", "CfDJ8forged", "/dashboard"));

        using var response = await browser.GetAsync("dashboard/events");

        response.StatusCode.Should().Be(HttpStatusCode.Found);
    }

    [Fact]
    public async Task SignedIn_UnknownPath_Is404WithSecurityHeaders()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        await browser.SignInAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);

        using var response = await browser.GetAsync("dashboard/no-such-page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        SecurityHeaders.ShouldBeOn(response);
    }

    [Fact]
    public async Task Basic_RightCredentials_AreSignedInOnEveryCall()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        browser.Client.DefaultRequestHeaders.Authorization = Basic(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);

        for (int i = 0; i < 3; i++)
        {
            using var response = await browser.GetAsync("dashboard/no-such-page");
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, "a signed-in user gets the 404, an anonymous one the challenge");
        }

        browser.Cookies.GetAllCookies().Should().NotContain(static c => c.Name == "PrivacyProxy.Dashboard", "HTTP Basic does not create a session");
    }

    [Fact]
    public async Task Basic_UserNameInAnotherCase_IsTheSameUser()
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        browser.Client.DefaultRequestHeaders.Authorization = Basic(DashboardUsers.Auditor.ToUpperInvariant(), DashboardUsers.AuditorPassword);

        using var response = await browser.GetAsync("dashboard/no-such-page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Basic_WrongPasswordAndUnknownUser_AnswerTheSame401AfterTheDelay()
    {
        var answers = new List<(HttpStatusCode Status, string Body, string Challenge, TimeSpan Elapsed)>();
        foreach (var credentials in new[] { Basic(DashboardUsers.Auditor, "not the password"), Basic("nobody-" + Guid.NewGuid().ToString("N")[..8], "whatever it is") })
        {
            using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
            browser.Client.DefaultRequestHeaders.Authorization = credentials;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var response = await browser.GetAsync("dashboard/api/summary");
            string body = await response.Content.ReadAsStringAsync();
            answers.Add((response.StatusCode, body, string.Join(",", response.Headers.WwwAuthenticate), clock.Elapsed));
        }

        answers.Should().AllSatisfy(static a =>
        {
            a.Status.Should().Be(HttpStatusCode.Unauthorized);
            a.Challenge.Should().Be(BasicChallenge);
            a.Elapsed.Should().BeGreaterThanOrEqualTo(DashboardAccessFixture.Delay - TimeSpan.FromMilliseconds(30));
        });
        answers[0].Body.Should().Be(answers[1].Body);
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Basic !!!not-base64")]
    [InlineData("Basic YXVkaXRvcg==")]
    [InlineData("Basic OnBhc3N3b3Jk")]
    public async Task Basic_MalformedHeader_Is401(string header)
    {
        using var browser = new DashboardBrowser(fixture.Proxy.BaseUri);
        browser.Client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header).Should().BeTrue();

        using var response = await browser.GetAsync("dashboard/api/summary");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(static h => h.ToString()).Should().Equal(BasicChallenge);
    }

    internal static AuthenticationHeaderValue Basic(string name, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(name + ":" + password)));
}
