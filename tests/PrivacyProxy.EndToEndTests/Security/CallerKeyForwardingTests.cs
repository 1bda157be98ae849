using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Security;

/// <summary>With no upstream key, the caller's own Authorization is forwarded (loopback only), nothing else.</summary>
public sealed class CallerKeyForwardingTests(NoUpstreamKeyFixture fixture) : IClassFixture<NoUpstreamKeyFixture>
{
    [Fact]
    public async Task Request_NoUpstreamKey_CallerAuthorizationForwarded()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: ProxyFixture.CallerKey);
        string body = JsonSerializer.Serialize(new { model = "m", messages = new[] { new { role = "user", content = "hi" } } });

        using var response = await client.PostAsync("chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        response.IsSuccessStatusCode.Should().BeTrue();
        (fixture.Upstream.Requests.Single().Header("Authorization") == "Bearer " + ProxyFixture.CallerKey)
            .Should().BeTrue("the caller's own key is forwarded when the proxy has none");
    }

    [Fact]
    public async Task AnthropicRequest_NoUpstreamKey_CallerApiKeyForwarded()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", ProxyFixture.CallerKey);
        string body = JsonSerializer.Serialize(new { model = "claude-sonnet-4-5", max_tokens = 8, messages = new[] { new { role = "user", content = "hi" } } });

        using var response = await client.PostAsync("anthropic/v1/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Single();
        (upstream.Header("x-api-key") == ProxyFixture.CallerKey).Should().BeTrue("the caller's own key is forwarded when the proxy has none");
        upstream.Header("Authorization").Should().BeNull();
    }

    [Fact]
    public async Task OllamaRequest_NoUpstreamKey_CallerAuthorizationForwardedToLocal()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: ProxyFixture.CallerKey);
        string body = JsonSerializer.Serialize(new { model = "m", stream = false, messages = new[] { new { role = "user", content = "hi" } } });

        using var response = await client.PostAsync("api/chat", new StringContent(body, Encoding.UTF8, "application/json"));

        response.IsSuccessStatusCode.Should().BeTrue();
        (fixture.Upstream.Requests.Single().Header("Authorization") == "Bearer " + ProxyFixture.CallerKey)
            .Should().BeTrue("a caller's own key (Ollama Cloud) is forwarded when the proxy has none");
    }
}
