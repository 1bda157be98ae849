using System.Text;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>A team's shadow policy is decided beside the enforced one and reported in <c>X-PrivacyProxy-Shadow</c>; it changes nothing.</summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class ShadowPolicyTests(TeamPolicyFixture fixture)
{
    private static readonly string Text = Sample.Join([Sample.ApiKey, Sample.Email]);

    [Fact]
    public async Task ShadowBlocks_EnforcedRedacts_ScrubbedAsWithoutShadowAndWouldBlockReported()
    {
        fixture.ClearUpstreams();
        string body = PolicyRequests.ChatBody(Text);

        using var shadowed = await fixture.PostAsync(PolicyRequests.Chat, body, TeamPolicyFixture.KeyOf("team-shadowed"));
        using var plain = await fixture.PostAsync(PolicyRequests.Chat, body, TeamPolicyFixture.KeyFor("redact"));

        shadowed.IsSuccessStatusCode.Should().BeTrue("a shadow block refuses nothing");
        ReportedDecision.Of(shadowed).Should().Be(new ReportedDecision("redact-all", "redact", "SECRET=1,CONTACT=1", "block-all=block"));
        var requests = fixture.Upstream.Requests;
        requests.Should().HaveCount(2);
        // The two callers' user-isolation ids differ; the messages are what the enforced policy alone sends.
        requests[0].Json.GetProperty("messages").GetRawText().Should().Be(
            requests[1].Json.GetProperty("messages").GetRawText(), "the upstream gets what the enforced policy alone would send");
        Sample.Which(requests[0].Everything).Should().BeEmpty("the shadow decision changes nothing, the enforced one redacts");
        Sample.Equal(await shadowed.Content.ReadAsStringAsync(), await plain.Content.ReadAsStringAsync(), "the answer is what the enforced policy alone gives");
    }

    [Fact]
    public async Task ShadowRoutesLocal_EnforcedAllows_HostedGetsBodyAsSentAndLocalNothing()
    {
        fixture.ClearUpstreams();
        string body = PolicyRequests.ChatBody(Sample.Diagnosis.Text);

        using var response = await fixture.PostAsync(PolicyRequests.Chat, body, TeamPolicyFixture.KeyOf("team-shadow-local"));

        response.IsSuccessStatusCode.Should().BeTrue();
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("allow-all", "allow", null, "route-local-all=route-local"));
        fixture.Upstream.Requests.Should().ContainSingle().Which.Body.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(body)).Should().BeTrue();
        fixture.Local.Requests.Should().BeEmpty("a shadow route-local moves nothing");
    }

    [Fact]
    public async Task EnforcedBlocks_ShadowRedacts_RefusalCarriesShadowDecision()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Anthropic, PolicyRequests.AnthropicBody(Text), TeamPolicyFixture.KeyOf("team-blocked-shadow"));

        await ErrorShape.AssertAsync(response, ErrorDialect.Anthropic, 403);
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("block-all", "block", "SECRET=1,CONTACT=1", "redact-all=redact"));
        fixture.Upstream.Requests.Should().BeEmpty();
        fixture.Local.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task NothingFound_ShadowReportsAllow()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody("what is a monad?"), TeamPolicyFixture.KeyOf("team-shadowed"));

        response.IsSuccessStatusCode.Should().BeTrue();
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("redact-all", "allow", null, "block-all=allow"));
    }

    [Fact]
    public async Task TeamWithoutShadow_NoShadowHeader()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(Text), TeamPolicyFixture.KeyFor("redact"));

        ReportedDecision.Of(response).Shadow.Should().BeNull();
    }
}
