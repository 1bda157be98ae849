using System.Net;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Egress;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>The sign-in cookie over HTTPS, and the keys that sign it kept across a restart.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task Login_OverHttps_SetsASecureCookie()
    {
        using var authority = TestAuthority.Create("localhost");
        var settings = DashboardUsers.Settings(TimeSpan.FromMilliseconds(50), (DashboardUsers.Auditor, DashboardUsers.AuditorPassword));
        settings["Kestrel:Certificates:Default:Path"] = authority.CertificatePath;
        settings["Kestrel:Certificates:Default:KeyPath"] = authority.KeyPath;
        await using var host = await ProxyTestHost.StartAsync(new Uri("http://127.0.0.1:9/"), settings, urls: "https://127.0.0.1:0");
        host.BaseUri.Scheme.Should().Be("https");
        using var browser = new DashboardBrowser(host.BaseUri, acceptAnyCertificate: true);

        using var response = await browser.LoginAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        var cookies = response.Headers.GetValues("Set-Cookie").Select(static c => c.ToLowerInvariant()).ToList();
        cookies.Should().Contain(static c => c.StartsWith("privacyproxy.dashboard=", StringComparison.Ordinal)
            && c.Contains("secure") && c.Contains("httponly") && c.Contains("samesite=strict"));
        browser.Cookies.GetAllCookies().Should().Contain(static c => c.Name == "PrivacyProxy.Dashboard.Antiforgery" && c.Secure && c.HttpOnly);
    }

    [Fact]
    public async Task Restart_WithTheSameDataDirectory_KeepsTheSessionAndItsKeysOwnerOnly()
    {
        string data = Directory.CreateTempSubdirectory("pp-dashboard-keys-").FullName;
        try
        {
            var settings = DashboardUsers.Settings(TimeSpan.FromMilliseconds(50), (DashboardUsers.Auditor, DashboardUsers.AuditorPassword));
            settings["PrivacyProxy:DataDirectory"] = data;
            var cookies = new CookieContainer();
            await using (var first = await AuditedProxy.StartAsync(settings))
            {
                using var browser = new DashboardBrowser(first.BaseUri);
                await browser.SignInAsync(DashboardUsers.Auditor, DashboardUsers.AuditorPassword);
                foreach (Cookie cookie in browser.Cookies.GetAllCookies())
                {
                    cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, "127.0.0.1"));
                }
            }

            string keys = Path.Combine(data, "dashboard-keys");
            Directory.EnumerateFiles(keys, "*.xml").Should().NotBeEmpty();
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(keys).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            await using var second = await AuditedProxy.StartAsync(settings);
            using var again = new DashboardBrowser(second.BaseUri);
            foreach (Cookie cookie in cookies.GetAllCookies())
            {
                again.Cookies.Add(second.BaseUri, new Cookie(cookie.Name, cookie.Value, cookie.Path));
            }

            using var response = await again.GetAsync("dashboard/no-such-page");
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, "the restarted proxy still reads the cookie");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
