using System.Net;
using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Preview;

/// <summary>
/// <c>POST /privacy/preview/&lt;route path&gt;</c>: the body the upstream would receive and the decision, through the
/// same stages as the proxy, and nothing forwarded.
/// </summary>
public sealed class PreviewTests(PreviewTests.Fixture fixture) : IClassFixture<PreviewTests.Fixture>
{
    public sealed class Fixture : ProxyFixture
    {
        internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["PrivacyProxy:ClientKeys:0:Id"] = "dev",
            ["PrivacyProxy:ClientKeys:0:Key"] = CallerKey,
            ["PrivacyProxy:ClientKeys:0:Team"] = "engineering",
            ["PrivacyProxy:ClientKeys:1:Id"] = "care",
            ["PrivacyProxy:ClientKeys:1:Key"] = CareKey,
            ["PrivacyProxy:ClientKeys:1:Team"] = "clinic",
            ["PrivacyProxy:Teams:engineering:Policy"] = "engineering",
            ["PrivacyProxy:Teams:engineering:ShadowPolicy"] = "strict",
            ["PrivacyProxy:Teams:clinic:Policy"] = "clinic",
            ["PrivacyProxy:Policies:engineering:Actions:CONTACT"] = "mask",
            ["PrivacyProxy:Policies:strict:Actions:SECRET"] = "block",
            ["PrivacyProxy:Policies:clinic:Actions:FINANCIAL"] = "route-local",
            ["PrivacyProxy:Policies:clinic:Actions:SECRET"] = "block",
            ["PrivacyProxy:LocalModels:deepseek-chat"] = "deepseek-r1:8b",
        };

        public const string CareKey = "pp-care-team-key-0000000000000003";
    }

    private static string ChatBody(string text) =>
        JsonSerializer.Serialize(new { model = "deepseek-chat", messages = new[] { new { role = "user", content = text } } });

    private async Task<(HttpResponseMessage Response, JsonElement Json)> PreviewAsync(string route, string body, string key = ProxyFixture.CallerKey)
    {
        using var client = fixture.Http(key);
        var response = await client.PostAsync("privacy/preview/" + route, new StringContent(body, Encoding.UTF8, "application/json"));
        string text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Preview_ScrubbedBodyAndDecision_NothingForwarded()
    {
        fixture.Upstream.Clear();

        var (response, json) = await PreviewAsync("v1/chat/completions", ChatBody("mail " + Planted.Email + " about card " + Planted.Card));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        fixture.Upstream.Requests.Should().BeEmpty("a preview forwards nothing");
        json.GetProperty("policy").GetString().Should().Be("engineering");
        json.GetProperty("action").GetString().Should().Be("mask", "mask is stricter than redact");
        json.GetProperty("upstream").GetString().Should().Be("hosted");
        string body = json.GetProperty("body").GetRawText();
        Planted.Which(body).Should().BeEmpty("the previewed body is the scrubbed one");
        body.Should().Contain("[[EMAIL_1]]").And.Contain("[[CREDIT_CARD_1]]");
        json.GetProperty("body").GetProperty("model").GetString().Should().Be("deepseek-chat");
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("category").GetString()).Should().BeEquivalentTo(["CONTACT", "FINANCIAL"]);
        findings.Should().OnlyContain(f => f.GetProperty("count").GetInt32() == 1 && f.GetProperty("rule").GetString()!.Length > 0);
        json.GetProperty("shadow").GetProperty("policy").GetString().Should().Be("strict");
        response.Headers.GetValues("X-PrivacyProxy-Policy").Should().Equal("engineering");
        response.Headers.GetValues("X-PrivacyProxy-Shadow").Should().Equal("strict=redact");
    }

    [Fact]
    public async Task Preview_BodyIsExactlyWhatTheProxyForwards()
    {
        string request = ChatBody("contact " + Planted.Email + " from " + Planted.Ip);
        var (_, json) = await PreviewAsync("chat/completions", request);
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("chat/completions", request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string forwarded = fixture.Upstream.Requests.Should().ContainSingle().Subject.BodyText;
        (json.GetProperty("body").GetRawText() == forwarded).Should().BeTrue("the preview shows the very bytes the upstream receives");
    }

    [Fact]
    public async Task Preview_Blocked_UpstreamNoneBodyNullRuleNamed()
    {
        fixture.Upstream.Clear();

        var (response, json) = await PreviewAsync("v1/chat/completions", ChatBody("key " + Planted.AwsKey), Fixture.CareKey);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        fixture.Upstream.Requests.Should().BeEmpty();
        json.GetProperty("action").GetString().Should().Be("block");
        json.GetProperty("upstream").GetString().Should().Be("none");
        json.GetProperty("body").ValueKind.Should().Be(JsonValueKind.Null);
        string refusal = json.GetProperty("refusal").GetString()!;
        refusal.Should().Contain("SECRET");
        Planted.Which(refusal).Should().BeEmpty("a refusal names rules, never values");
        Planted.Which(json.GetRawText()).Should().BeEmpty();
    }

    [Fact]
    public async Task Preview_RoutedLocal_OriginalBodyWithLocalModel()
    {
        fixture.Upstream.Clear();

        var (_, json) = await PreviewAsync("v1/chat/completions", ChatBody("card " + Planted.Card), Fixture.CareKey);

        fixture.Upstream.Requests.Should().BeEmpty();
        json.GetProperty("action").GetString().Should().Be("route-local");
        json.GetProperty("upstream").GetString().Should().Be("local");
        json.GetProperty("body").GetProperty("model").GetString().Should().Be("deepseek-r1:8b");
        Planted.CountIn(json.GetProperty("body").GetRawText()).Should().Be(1, "the body stays in the company unscrubbed");
    }

    [Fact]
    public async Task Preview_AnthropicRoute_ItsOwnBody()
    {
        string body = JsonSerializer.Serialize(new
        {
            model = "deepseek-chat",
            max_tokens = 64,
            messages = new[] { new { role = "user", content = "ip " + Planted.Ip } },
        });

        var (response, json) = await PreviewAsync("anthropic/v1/messages", body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        json.GetProperty("body").GetProperty("max_tokens").GetInt32().Should().Be(64);
        Planted.Which(json.GetProperty("body").GetRawText()).Should().BeEmpty();
    }

    [Fact]
    public async Task Preview_NeedsTheSameAuthenticationAsTheRoute()
    {
        using var client = fixture.Http("pp-not-a-known-key-00000000000000");

        using var response = await client.PostAsync("privacy/preview/v1/chat/completions", new StringContent(ChatBody("hi"), Encoding.UTF8, "application/json"));

        await ErrorShape.AssertAsync(response, Protocols.ErrorDialect.OpenAI, 401);
    }

    [Fact]
    public async Task Preview_UnknownRouteOrMalformedBody_ErrorsInShape()
    {
        using var client = fixture.Http();

        using var unknown = await client.PostAsync("privacy/preview/v1/nothing-here", new StringContent("{}", Encoding.UTF8, "application/json"));
        using var malformed = await client.PostAsync("privacy/preview/anthropic/v1/messages", new StringContent("{\"messages\": [", Encoding.UTF8, "application/json"));

        await ErrorShape.AssertAsync(unknown, Protocols.ErrorDialect.OpenAI, 404);
        await ErrorShape.AssertAsync(malformed, Protocols.ErrorDialect.Anthropic, 400);
    }
}
