using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Security;

/// <summary>Callers must present a configured client key; it never goes upstream and decides the user_id.</summary>
public sealed class ClientKeyTests(ClientKeyFixture fixture) : IClassFixture<ClientKeyFixture>
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("Bearer pp-client-mallory-0000000000000003", null)]
    [InlineData(null, "pp-client-mallory-0000000000000003")]
    [InlineData("Basic YWxpY2U6cHc=", null)]
    public async Task Request_NoOrUnknownKey_401OpenAIErrorAndNothingForwarded(string? authorization, string? apiKey)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: null);
        using var request = Chat();
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", apiKey);
        }

        using var response = await client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(401);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("error").GetProperty("type").GetString().Should().Be("authentication_error");
        fixture.Upstream.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("POST", "anthropic/v1/messages", ErrorDialect.Anthropic)]
    [InlineData("POST", "anthropic/v1/messages/count_tokens?beta=true", ErrorDialect.Anthropic)]
    [InlineData("POST", "responses", ErrorDialect.OpenAI)]
    [InlineData("POST", "api/chat", ErrorDialect.Ollama)]
    [InlineData("GET", "api/tags", ErrorDialect.Ollama)]
    public async Task Request_NoKeyOnEachProtocol_401InThatProtocolsShape(string method, string path, ErrorDialect dialect)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: null);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{\"model\":\"m\",\"messages\":[]}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        await ErrorShape.AssertAsync(response, dialect, 401);
        fixture.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AnthropicRequest_ClientKeyAsApiKey_ForwardedWithUpstreamKeyAsApiKeyOnly()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http(bearer: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", ClientKeyFixture.BobKey);
        string body = JsonSerializer.Serialize(new { model = "claude-sonnet-4-5", max_tokens = 8, messages = new[] { new { role = "user", content = "hi" } } });

        using var response = await client.PostAsync("anthropic/v1/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Single();
        upstream.Everything.Contains(ClientKeyFixture.BobKey, StringComparison.Ordinal).Should().BeFalse("client keys never leave");
        (upstream.Header("x-api-key") == ProxyFixture.UpstreamKey).Should().BeTrue("the proxy's key is sent as x-api-key");
        upstream.Header("Authorization").Should().BeNull();
    }

    [Fact]
    public async Task Request_ValidKeyAsBearerOrApiKey_ForwardedWithUpstreamKeyOnly()
    {
        fixture.Upstream.Clear();
        using var bearer = fixture.Http(bearer: ClientKeyFixture.AliceKey);
        using var apiKey = fixture.Http(bearer: null);
        apiKey.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", ClientKeyFixture.AliceKey);

        using var first = await bearer.SendAsync(Chat());
        using var second = await apiKey.SendAsync(Chat());

        first.IsSuccessStatusCode.Should().BeTrue();
        second.IsSuccessStatusCode.Should().BeTrue();
        foreach (var upstream in fixture.Upstream.Requests)
        {
            upstream.Everything.Contains(ClientKeyFixture.AliceKey, StringComparison.Ordinal).Should().BeFalse("client keys never leave");
            (upstream.Header("Authorization") == "Bearer " + ProxyFixture.UpstreamKey).Should().BeTrue("the proxy's key is sent");
        }
    }

    [Fact]
    public async Task UserId_DifferentClients_DifferentStableHashes()
    {
        fixture.Upstream.Clear();
        using var alice = fixture.Http(bearer: ClientKeyFixture.AliceKey);
        using var bob = fixture.Http(bearer: ClientKeyFixture.BobKey);

        (await alice.SendAsync(Chat())).Dispose();
        (await bob.SendAsync(Chat())).Dispose();
        (await alice.SendAsync(Chat())).Dispose();

        var ids = fixture.Upstream.Requests.Select(r => r.Json.GetProperty("user_id").GetString()).ToList();
        ids.Should().HaveCount(3);
        ids[0].Should().Be(ids[2]).And.NotBe(ids[1]);
        ids.Should().NotContain(["alice", "bob", "anonymous"]);
    }

    [Fact]
    public async Task Healthz_NoKey_Answers()
    {
        using var client = fixture.Http(bearer: null);

        using var response = await client.GetAsync("healthz");

        response.IsSuccessStatusCode.Should().BeTrue();
    }

    private static HttpRequestMessage Chat()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { model = "m", messages = new[] { new { role = "user", content = "hi" } } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
