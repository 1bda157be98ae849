using System.Net.Http.Headers;
using PrivacyProxy.EndToEndTests.Anthropic;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Headers;

/// <summary>
/// Claude Code's headers on the Anthropic routes: the proxy's key goes upstream as <c>x-api-key</c> (never the
/// caller's key, never a bearer token), <c>anthropic-version</c> and <c>anthropic-beta</c> pass, nothing identifying does.
/// </summary>
public sealed class AnthropicHeaderTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    private static readonly string[] AllowedUpstreamHeaders =
        ["Host", "Accept", "Content-Type", "Content-Length", "x-api-key", "anthropic-version", "anthropic-beta", "User-Agent"];

    [Theory]
    [InlineData("anthropic/v1/messages?beta=true")]
    [InlineData("anthropic/v1/messages/count_tokens?beta=true")]
    public async Task ClaudeCodeRequest_CallerKeys_UpstreamGetsProxyKeyAsApiKeyAndProtocolHeaders(string path)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: ProxyFixture.CallerKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(AnthropicRequests.Simple("hi " + Planted.Email)), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("x-api-key", ProxyFixture.CallerKey);
        request.Headers.TryAddWithoutValidation("anthropic-version", "2023-06-01");
        request.Headers.TryAddWithoutValidation("anthropic-beta", "claude-code-20250219,interleaved-thinking-2025-05-14");
        request.Headers.TryAddWithoutValidation("anthropic-dangerous-direct-browser-access", "true");
        request.Headers.TryAddWithoutValidation("x-stainless-os", "Linux");
        request.Headers.TryAddWithoutValidation("x-claude-code-session-id", "session-7f3a");
        request.Headers.TryAddWithoutValidation("User-Agent", "claude-cli/2.0.14 (external, cli)");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Query.Should().Be("?beta=true");
        upstream.Headers.Select(h => h.Key).Should().OnlyContain(
            name => AllowedUpstreamHeaders.Contains(name, StringComparer.OrdinalIgnoreCase), "only allow-listed headers leave");
        (upstream.Header("x-api-key") == ProxyFixture.UpstreamKey).Should().BeTrue("the proxy's key is sent as x-api-key");
        upstream.Header("Authorization").Should().BeNull("Authorization would win over x-api-key upstream");
        upstream.Everything.Contains(ProxyFixture.CallerKey, StringComparison.Ordinal).Should().BeFalse("the caller's key must not leave");
        upstream.Header("anthropic-version").Should().Be("2023-06-01");
        upstream.Header("anthropic-beta").Should().Be("claude-code-20250219,interleaved-thinking-2025-05-14");
        upstream.Everything.Should().NotContainAny("7f3a", "claude-cli", "stainless");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
    }
}
