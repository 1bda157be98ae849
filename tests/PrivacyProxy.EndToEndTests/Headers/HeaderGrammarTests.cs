using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Anthropic;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Transport;

namespace PrivacyProxy.EndToEndTests.Headers;

/// <summary>
/// The headers that may leave are checked against their grammar (issue 7, item 6): planted values in Accept,
/// Content-Type parameters, anthropic-version and anthropic-beta, unknown headers and anthropic-* headers on
/// other routes never reach the upstream; the headers real clients send pass byte for byte. Theory data holds
/// templates (<c>{KEY}</c>, <c>{CARD}</c>, <c>{MAIL}</c>, <c>{SSN}</c>, <c>{IP}</c>), never a value.
/// </summary>
public sealed class HeaderGrammarTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    private const string ClaudeCodeBeta =
        "claude-code-20250219,oauth-2025-04-20,interleaved-thinking-2025-05-14,fine-grained-tool-streaming-2025-05-14";

    public static TheoryData<string, string> PlantedHeaders => new()
    {
        { "Accept", "text/{KEY}" },
        { "Accept", "application/json; note={MAIL}" },
        { "Accept", "application/{CARD}" },
        { "Accept", "*/*; q=0.5; x={IP}" },
        { "anthropic-beta", "{KEY}" },
        { "anthropic-beta", "claude-code-20250219,{KEY}" },
        { "anthropic-beta", "{MAIL}-2025-01-01" },
        { "anthropic-beta", "a{SSN}-2025-01-01" },
        { "anthropic-beta", "card-{CARD}-2025-01-01" },
        { "anthropic-version", "{SSN}" },
        { "anthropic-version", "2023-06-01 {KEY}" },
        { "anthropic-dangerous-direct-browser-access", "{MAIL}" },
        { "X-Custom", "{CARD}" },
        { "X-{KEY}", "1" },
        { "Authorization", "Bearer {KEY} {MAIL}" },
        { "Referer", "https://intranet/?q={MAIL}" },
        { "Cookie", "session={KEY}" },
        { "X-Forwarded-For", "{IP}" },
    };

    [Theory]
    [MemberData(nameof(PlantedHeaders))]
    public async Task AnthropicMessages_PlantedHeader_NeverReachesUpstream(string name, string template)
    {
        var upstream = await SendAsync("anthropic/v1/messages", AnthropicBody(), Planted.Fill(name), Planted.Fill(template));

        Leaks.In(upstream).Should().BeEmpty("a planted value in a request header must not reach the upstream");
    }

    [Theory]
    [MemberData(nameof(PlantedHeaders))]
    public async Task ChatCompletions_PlantedHeader_NeverReachesUpstream(string name, string template)
    {
        var upstream = await SendAsync("v1/chat/completions", ChatBody(), Planted.Fill(name), Planted.Fill(template));

        Leaks.In(upstream).Should().BeEmpty("a planted value in a request header must not reach the upstream");
    }

    [Theory]
    [MemberData(nameof(PlantedHeaders))]
    public async Task BodylessModelList_PlantedHeader_NeverReachesUpstream(string name, string template)
    {
        var upstream = await SendAsync("v1/models", body: null, Planted.Fill(name), Planted.Fill(template));

        Leaks.In(upstream).Should().BeEmpty("a body-less request carries no caller text upstream");
    }

    [Theory]
    [MemberData(nameof(PlantedHeaders))]
    public async Task BodylessOllamaTags_PlantedHeader_NeverReachesUpstream(string name, string template)
    {
        var upstream = await SendAsync("api/tags", body: null, Planted.Fill(name), Planted.Fill(template));

        Leaks.In(upstream).Should().BeEmpty("a body-less request carries no caller text upstream");
    }

    [Theory]
    [InlineData("application/json; x-note={KEY}")]
    [InlineData("application/json; charset=utf-8; boundary={MAIL}")]
    [InlineData("application/json;{CARD}=1")]
    public async Task ChatCompletions_ContentTypeWithOtherParameters_OnlyTheMediaTypeLeaves(string template)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ChatBody()));
        content.Headers.TryAddWithoutValidation("Content-Type", Planted.Fill(template));

        using var response = await client.PostAsync("v1/chat/completions", content);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Leaks.In(upstream).Should().BeEmpty("a Content-Type parameter must not carry a value out");
        upstream.Header("Content-Type").Should().BeOneOf("application/json", "application/json; charset=utf-8");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    public async Task ChatCompletions_ValidContentType_ForwardedByteForByte(string contentType)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ChatBody()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync("v1/chat/completions", content);

        response.IsSuccessStatusCode.Should().BeTrue();
        fixture.Upstream.Requests.Single().Header("Content-Type").Should().Be(contentType);
    }

    [Theory]
    [InlineData("anthropic/v1/messages", "anthropic-beta", ClaudeCodeBeta)]
    [InlineData("anthropic/v1/messages", "anthropic-beta", "context-1m-2025-08-07")]
    [InlineData("anthropic/v1/messages", "anthropic-beta", "prompt-caching-2024-07-31, output-128k-2025-02-19")]
    [InlineData("anthropic/v1/messages", "anthropic-version", "2023-06-01")]
    [InlineData("anthropic/v1/messages", "Accept", "application/json")]
    [InlineData("anthropic/v1/messages", "accept", "*/*")]
    [InlineData("anthropic/v1/messages/count_tokens", "anthropic-beta", ClaudeCodeBeta)]
    [InlineData("v1/chat/completions", "Accept", "text/event-stream")]
    [InlineData("v1/chat/completions", "Accept", "application/json, text/event-stream;q=0.9, */*;q=0.1")]
    [InlineData("v1/models", "Accept", "application/json")]
    public async Task RealClientHeader_ForwardedByteForByte(string path, string name, string value)
    {
        string? body = path.StartsWith("anthropic", StringComparison.Ordinal) ? AnthropicBody() : path.EndsWith("models", StringComparison.Ordinal) ? null : ChatBody();

        var upstream = await SendAsync(path, body, name, value);

        upstream.Header(name).Should().Be(value, "a header real clients send passes unchanged");
    }

    [Theory]
    [InlineData("claude-code-20250219,not a flag,oauth-2025-04-20", "claude-code-20250219,oauth-2025-04-20")]
    [InlineData("interleaved-thinking-2025-05-14, {KEY}", "interleaved-thinking-2025-05-14")]
    [InlineData("files-api-2025-04-14,x-1999-01-01", "files-api-2025-04-14")]
    public async Task AnthropicBeta_SomeFlagsInvalid_OnlyValidFlagsLeave(string sent, string forwarded)
    {
        var upstream = await SendAsync("anthropic/v1/messages", AnthropicBody(), "anthropic-beta", Planted.Fill(sent));

        upstream.Header("anthropic-beta").Should().Be(forwarded);
    }

    [Theory]
    [InlineData("v1/chat/completions")]
    [InlineData("responses")]
    [InlineData("v1/models")]
    [InlineData("api/tags")]
    public async Task NonAnthropicRoute_AnthropicHeaders_NotForwarded(string path)
    {
        string? body = path switch
        {
            "responses" => JsonSerializer.Serialize(new { model = "deepseek-chat", input = "hi" }),
            "v1/chat/completions" => ChatBody(),
            _ => null,
        };
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = Request(path, body);
        request.Headers.TryAddWithoutValidation("anthropic-version", "2023-06-01");
        request.Headers.TryAddWithoutValidation("anthropic-beta", ClaudeCodeBeta);

        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Headers.Should().NotContain(h => h.Key.StartsWith("anthropic-", StringComparison.OrdinalIgnoreCase), "anthropic-* headers go to Anthropic routes only");
    }

    [Fact]
    public async Task BodylessRequest_NoContentTypeLeaves()
    {
        var upstream = await SendAsync("v1/models", body: null, "Accept", "application/json");

        upstream.Header("Content-Type").Should().BeNull("a body-less request has no body type");
        upstream.Headers.Select(h => h.Key).Should().OnlyContain(
            name => new[] { "Host", "Accept", "Authorization", "User-Agent" }.Contains(name, StringComparer.OrdinalIgnoreCase));
    }

    private async Task<RecordedRequest> SendAsync(string path, string? body, string name, string value)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = Request(path, body);
        if (!request.Headers.TryAddWithoutValidation(name, value))
        {
            throw new InvalidOperationException("the test header could not be added");
        }

        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue("the request itself is valid: {0}", (int)response.StatusCode);
        return fixture.Upstream.Requests.Should().ContainSingle().Subject;
    }

    private static HttpRequestMessage Request(string path, string? body) => body is null
        ? new HttpRequestMessage(HttpMethod.Get, path)
        : new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static string ChatBody() => JsonSerializer.Serialize(new
    {
        model = FakeReplies.DefaultModel,
        messages = new[] { new { role = "user", content = "hello" } },
    });

    private static string AnthropicBody() => JsonSerializer.Serialize(AnthropicRequests.Simple("hello"));
}
