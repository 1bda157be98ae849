using System.Text;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Policy;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>The dashboard's sign-in runs for /dashboard paths only: a proxied request never goes through it.</summary>
public sealed class ProxyIsolationTests
{
    [Fact]
    public async Task ProxiedRequest_WithBasicCredentials_IsNotCheckedAsADashboardSignIn()
    {
        await using var proxy = await AuditedProxy.StartAsync(
            DashboardUsers.Settings(TimeSpan.FromSeconds(5), (DashboardUsers.Auditor, DashboardUsers.AuditorPassword)));
        using var client = new HttpClient { BaseAddress = proxy.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, PolicyRequests.Chat.TrimStart('/'))
        {
            Content = new StringContent(PolicyRequests.For(PolicyRequests.Chat, "hello"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AnonymousAccessTests.Basic(DashboardUsers.Auditor, "not the password");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var response = await client.SendAsync(request);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "a failed dashboard sign-in would wait the 5 s delay");
        proxy.Logs.Entries.Should().NotContain(static e => e.Contains("Dashboard sign-in", StringComparison.Ordinal)
            || e.Contains("PrivacyProxy.Dashboard.Basic", StringComparison.Ordinal));
    }
}
