using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Headers;

/// <summary>What leaves in headers: only an allow-list, the proxy's upstream key, and a hashed user_id.</summary>
public sealed partial class HeaderPolicyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    private static readonly string[] AllowedUpstreamHeaders =
        ["Host", "Accept", "Content-Type", "Content-Length", "Authorization", "User-Agent"];

    [Fact]
    public async Task ChatRequest_IdentifyingHeaders_NoneReachUpstream()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = Chat("hello", userId: null);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", Planted.Ip);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "laptop.corp.internal");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        request.Headers.TryAddWithoutValidation("Forwarded", "for=" + Planted.Ip);
        request.Headers.TryAddWithoutValidation("X-Real-IP", Planted.Ip);
        request.Headers.TryAddWithoutValidation("Via", "1.1 corp-gateway");
        request.Headers.TryAddWithoutValidation("True-Client-IP", Planted.Ip);
        request.Headers.TryAddWithoutValidation("CF-Connecting-IP", Planted.Ip);
        request.Headers.TryAddWithoutValidation("Cookie", "session=" + Planted.AwsKey);
        request.Headers.TryAddWithoutValidation("X-Device-Id", "device-7f3a");
        request.Headers.TryAddWithoutValidation("X-Session-Id", "session-7f3a");
        request.Headers.TryAddWithoutValidation("X-Request-Id", "request-7f3a");
        request.Headers.TryAddWithoutValidation("OpenAI-Organization", "org-secret");
        request.Headers.TryAddWithoutValidation("OpenAI-Project", "proj-secret");
        request.Headers.TryAddWithoutValidation("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        request.Headers.TryAddWithoutValidation("User-Agent", "DanaLaptop/1.0 (Linux 6.8; host dana-wks)");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Headers.Select(h => h.Key).Should().OnlyContain(
            name => AllowedUpstreamHeaders.Contains(name, StringComparer.OrdinalIgnoreCase), "only allow-listed headers leave");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Everything.Should().NotContainAny("7f3a", "org-secret", "proj-secret", "0af7651916cd43dd", "DanaLaptop", "corp");
        upstream.Header("User-Agent").Should().Be("PrivacyProxy/1.0");
    }

    [Fact]
    public async Task ChatRequest_CallerKeyPresented_UpstreamKeyReplacesIt()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: ProxyFixture.CallerKey);
        using var request = Chat("hello", userId: null);
        request.Headers.TryAddWithoutValidation("x-api-key", ProxyFixture.CallerKey);

        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Single();
        (upstream.Header("Authorization") == "Bearer " + ProxyFixture.UpstreamKey).Should().BeTrue("the proxy's key is sent");
        upstream.Everything.Contains(ProxyFixture.CallerKey, StringComparison.Ordinal).Should().BeFalse("the caller's key must not leave");
    }

    [Fact]
    public async Task ChatRequest_ClientSuppliedUserId_ReplacedByStableHash()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();

        using (var first = await client.SendAsync(Chat("one", userId: Planted.Email)))
        {
            first.IsSuccessStatusCode.Should().BeTrue();
        }

        using (var second = await client.SendAsync(Chat("two", userId: null)))
        {
            second.IsSuccessStatusCode.Should().BeTrue();
        }

        var ids = fixture.Upstream.Requests.Select(r => r.Json.GetProperty("user_id").GetString()!).ToList();
        ids.Should().HaveCount(2);
        ids[0].Should().MatchRegex(UserIdShape().ToString(), "a base64url HMAC of at most 43 characters");
        ids[1].Should().Be(ids[0], "the same caller gets the same id");
        ids[0].Should().NotContain("anonymous");
        Planted.Which(fixture.Upstream.Requests[0].Everything).Should().BeEmpty("a client-supplied user_id never leaves");
    }

    [Fact]
    public async Task ChatRequest_QueryStringWithValues_ScrubbedBeforeForwarding()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = Chat("hello", userId: null);
        request.RequestUri = new Uri("v1/chat/completions?note=" + Uri.EscapeDataString("card " + Planted.Card + " key " + Planted.AwsKey), UriKind.Relative);

        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Single();
        Planted.Which(upstream.Query).Should().BeEmpty("query values are scrubbed too");
        upstream.Query.Should().StartWith("?note=");
    }

    private static HttpRequestMessage Chat(string text, string? userId)
    {
        var body = new Dictionary<string, object>
        {
            ["model"] = FakeReplies.DefaultModel,
            ["messages"] = new[] { new { role = "user", content = text } },
        };
        if (userId is not null)
        {
            body["user_id"] = userId;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex UserIdShape();
}
