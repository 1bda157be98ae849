using System.Net;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Networks;

/// <summary>
/// Callers identified by source network (egress mode: tools send their own DeepSeek key, not a client key). The test
/// client is on 127.0.0.1, so rules on 127.0.0.0/8 and narrower ones decide its team.
/// </summary>
public sealed class NetworkCallerTests
{
    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["PrivacyProxy:Upstream:ApiKey"] = ProxyFixture.UpstreamKey,
            ["PrivacyProxy:Policies:strict:Actions:SECRET"] = "block",
            ["PrivacyProxy:Policies:lenient:Actions:SECRET"] = "redact",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<HttpResponseMessage> SendAsync(ProxyTestHost proxy, string text, string bearer = "sk-callers-own-deepseek-key-000001")
    {
        using var client = new HttpClient { BaseAddress = proxy.BaseUri };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        string body = JsonSerializer.Serialize(new { model = "deepseek-chat", messages = new[] { new { role = "user", content = text } } });
        return await client.PostAsync("chat/completions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
    }

    [Fact]
    public async Task MostSpecificNetworkPicksTheTeam()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await ProxyTestHost.StartAsync(upstream.BaseUri, Settings(
            ("PrivacyProxy:Networks:0:Cidr", "127.0.0.0/8"),
            ("PrivacyProxy:Networks:0:Team", "lenient-team"),
            ("PrivacyProxy:Networks:1:Cidr", "127.0.0.1/32"),
            ("PrivacyProxy:Networks:1:Team", "strict-team"),
            ("PrivacyProxy:Teams:lenient-team:Policy", "lenient"),
            ("PrivacyProxy:Teams:strict-team:Policy", "strict")));

        using var response = await SendAsync(proxy, "key " + Planted.AwsKey);

        await ErrorShape.AssertAsync(response, Protocols.ErrorDialect.OpenAI, 403);
        response.Headers.GetValues("X-PrivacyProxy-Policy").Should().Equal("strict");
        upstream.Requests.Should().BeEmpty("a blocked request reaches no upstream");
    }

    [Fact]
    public async Task NetworkCaller_OwnDeepSeekKeyDroppedForTheCompanyKey()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await ProxyTestHost.StartAsync(upstream.BaseUri, Settings(
            ("PrivacyProxy:Networks:0:Cidr", "127.0.0.0/8"),
            ("PrivacyProxy:Networks:0:Team", "lenient-team"),
            ("PrivacyProxy:Teams:lenient-team:Policy", "lenient")));

        using var response = await SendAsync(proxy, "key " + Planted.AwsKey);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var sent = upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(sent.Everything).Should().BeEmpty();
        sent.Header("Authorization").Should().Be("Bearer " + ProxyFixture.UpstreamKey, "the caller's own key is replaced by the company's");
    }

    [Fact]
    public async Task SourceOutsideEveryNetwork_Refused403NothingForwarded()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await ProxyTestHost.StartAsync(upstream.BaseUri, Settings(
            ("PrivacyProxy:Networks:0:Cidr", "10.0.0.0/8"),
            ("PrivacyProxy:Networks:0:Team", "lenient-team")));

        using var response = await SendAsync(proxy, "hello");

        await ErrorShape.AssertAsync(response, Protocols.ErrorDialect.OpenAI, 403);
        upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ClientKeyWinsOverNetwork_UnknownKeyFallsBackToNetwork()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await ProxyTestHost.StartAsync(upstream.BaseUri, Settings(
            ("PrivacyProxy:ClientKeys:0:Id", "ci-bot"),
            ("PrivacyProxy:ClientKeys:0:Key", ProxyFixture.CallerKey),
            ("PrivacyProxy:ClientKeys:0:Team", "lenient-team"),
            ("PrivacyProxy:Networks:0:Cidr", "127.0.0.0/8"),
            ("PrivacyProxy:Networks:0:Team", "strict-team"),
            ("PrivacyProxy:Teams:lenient-team:Policy", "lenient"),
            ("PrivacyProxy:Teams:strict-team:Policy", "strict")));

        using var withKey = await SendAsync(proxy, "key " + Planted.AwsKey, ProxyFixture.CallerKey);
        using var withOwnKey = await SendAsync(proxy, "key " + Planted.AwsKey);

        withKey.StatusCode.Should().Be(HttpStatusCode.OK);
        withKey.Headers.GetValues("X-PrivacyProxy-Policy").Should().Equal("lenient");
        await ErrorShape.AssertAsync(withOwnKey, Protocols.ErrorDialect.OpenAI, 403);
        withOwnKey.Headers.GetValues("X-PrivacyProxy-Policy").Should().Equal("strict");
    }
}
