using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// Transparent egress over real TLS: the built program serves HTTPS with a certificate for <c>api.deepseek.com</c>
/// from Kestrel's standard endpoint configuration, and tools that resolve DeepSeek's name to it and trust only the
/// company CA (.NET's HttpClient, curl) are scrubbed and answered, with the company's key upstream instead of theirs.
/// </summary>
public sealed class HttpsEgressTests(EgressFixture proxy) : IClassFixture<EgressFixture>
{
    [Theory]
    [InlineData("1.1")]
    [InlineData("2.0")]
    public async Task HttpClient_ChatOverTls_ScrubbedUpstreamAndRestored(string version)
    {
        proxy.Upstream.Clear();
        using var client = proxy.TlsClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Version = Version.Parse(version),
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StringContent(ChatBody(stream: false), Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        response.Version.Should().Be(Version.Parse(version));
        Planted.CountIn(await response.Content.ReadAsStringAsync()).Should().Be(Planted.All.Count, "values come back restored");
        AssertScrubbedWithCompanyKey();
    }

    [Fact]
    public async Task HttpClient_StreamedChatOverTls_ScrubbedUpstreamAndRestored()
    {
        proxy.Upstream.Clear();
        using var client = proxy.TlsClient();

        using var response = await client.PostAsync("v1/chat/completions", new StringContent(ChatBody(stream: true), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var text = new StringBuilder();
        foreach (var (_, data) in SseEvents.Parse(await response.Content.ReadAsStringAsync()))
        {
            if (data != "[DONE]" && JsonDocument.Parse(data).RootElement.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var piece))
            {
                text.Append(piece.GetString());
            }
        }

        Planted.CountIn(text.ToString()).Should().Be(Planted.All.Count, "streamed values come back restored");
        AssertScrubbedWithCompanyKey();
    }

    [Fact]
    public async Task Curl_ChatOverTls_ScrubbedUpstreamAndRestored()
    {
        proxy.Upstream.Clear();

        var (status, body) = await Curl.PostAsync(proxy, "/chat/completions", ChatBody(stream: false));

        status.Should().Be(200);
        Planted.CountIn(body).Should().Be(Planted.All.Count, "values come back restored");
        AssertScrubbedWithCompanyKey();
    }

    [Fact]
    public async Task HttpClient_TrustingAnotherAuthority_RefusesTheProxysCertificate()
    {
        // The positive tests pass only because the proxy presents the configured certificate, not because the
        // client accepts anything: a client with another root refuses the same endpoint.
        using var other = TestAuthority.Create(EgressFixture.DeepSeekHost);
        using var client = proxy.TlsClient(other.Root);
        proxy.Upstream.Clear();

        var send = () => client.PostAsync("chat/completions", new StringContent(ChatBody(stream: false), Encoding.UTF8, "application/json"));

        (await send.Should().ThrowAsync<HttpRequestException>()).WithInnerException<AuthenticationException>();
        proxy.Upstream.Requests.Should().BeEmpty();
    }

    private static string ChatBody(bool stream) => JsonSerializer.Serialize(new
    {
        model = "deepseek-chat",
        stream,
        messages = new[] { new { role = "user", content = Planted.Sentence } },
    });

    private void AssertScrubbedWithCompanyKey()
    {
        var upstream = proxy.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        (upstream.Header("Authorization") == "Bearer " + EgressFixture.CompanyKey).Should().BeTrue("the company's key replaces the tool's own");
        upstream.Everything.Contains(EgressFixture.ToolKey, StringComparison.Ordinal).Should().BeFalse("the tool's own key is dropped");
    }
}
