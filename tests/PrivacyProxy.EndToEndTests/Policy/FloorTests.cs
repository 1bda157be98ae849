using System.ClientModel;
using System.Text.Json;
using OpenAI.Chat;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>The floors on the default policy, for anonymous callers: secrets blocked, health data kept on the local server.</summary>
public sealed class FloorTests(FloorFixture fixture) : IClassFixture<FloorFixture>
{
    [Fact]
    public async Task Secret_Sdk_Refused403AndNothingReachesAnyUpstream()
    {
        fixture.ClearUpstreams();

        var call = () => fixture.Chat().CompleteChatAsync([new UserChatMessage("deploy with " + Sample.ApiKey.Text)]);

        var error = (await call.Should().ThrowAsync<ClientResultException>()).Which;
        error.Status.Should().Be(403);
        string body = error.GetRawResponse()!.Content.ToString();
        Sample.Which(body).Should().BeEmpty("a refusal never quotes a value");
        body.Should().Contain("aws-access-token");
        fixture.Upstream.Requests.Should().BeEmpty();
        fixture.Local.Requests.Should().BeEmpty();
        ReportedDecision.Of(error.GetRawResponse()!).Should().Be(new ReportedDecision("default", "block", "SECRET=1", null));
    }

    [Fact]
    public async Task Health_Sdk_OnlyLocalWithMappedModelAndNoKeyCallerGetsLocalAnswer()
    {
        fixture.ClearUpstreams();
        string text = Sample.Medication.Text;

        var result = await fixture.Chat().CompleteChatAsync([new UserChatMessage(text)]);

        fixture.Upstream.Requests.Should().BeEmpty("health data never reaches the hosted API");
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        local.Path.Should().Be("/v1/chat/completions");
        local.Json.GetProperty("model").GetString().Should().Be(FloorFixture.LocalModel);
        local.Header("Authorization").Should().BeNull("the local server wants no key, and the caller's hosted key is not for it");
        local.Everything.Contains(ProxyFixture.CallerKey, StringComparison.Ordinal).Should().BeFalse("the caller's own DeepSeek key never goes to the local server");
        Sample.Equal(result.Value.Content[0].Text, FakeReplies.Content(LocalModelServer.Echo(text)), "the caller gets the local model's answer");
        ReportedDecision.Of(result.GetRawResponse()).Should().Be(new ReportedDecision("default", "route-local", "HEALTH=1", null));
    }

    [Fact]
    public async Task HealthAndSecret_BlockWinsOverRouteLocal()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Anthropic, PolicyRequests.AnthropicBody(Sample.Join([Sample.Diagnosis, Sample.Password])), ProxyFixture.CallerKey);

        await ErrorShape.AssertAsync(response, ErrorDialect.Anthropic, 403);
        fixture.Upstream.Requests.Should().BeEmpty();
        fixture.Local.Requests.Should().BeEmpty();
        ReportedDecision.Of(response).Action.Should().Be("block");
    }

    [Fact]
    public async Task OtherCategories_StillRedactedWithCallersOwnKeyForwarded()
    {
        fixture.ClearUpstreams();
        string text = Sample.Email.Text;

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(text), ProxyFixture.CallerKey);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Which(upstream.Everything).Should().BeEmpty("categories the policy does not name are redacted");
        upstream.Header("Authorization").Should().Be("Bearer " + ProxyFixture.CallerKey, "without an upstream key the caller's own key goes to the hosted API");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Sample.Equal(json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), FakeReplies.Content(text), "restored");
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("default", "redact", "CONTACT=1", null));
    }
}
