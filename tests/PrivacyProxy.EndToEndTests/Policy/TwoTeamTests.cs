using System.ClientModel;
using OpenAI.Chat;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>Two client keys in two teams, one blocking secrets and one redacting them: the same request is refused for one and scrubbed for the other.</summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class TwoTeamTests(TeamPolicyFixture fixture)
{
    private static readonly string Text = Sample.Join([Sample.ApiKey, Sample.Email]);

    [Fact]
    public async Task SameChatRequest_Sdk_RefusedForBlockingTeamScrubbedForRedactingTeam()
    {
        fixture.ClearUpstreams();
        var refused = () => fixture.Chat(key: TeamPolicyFixture.KeyFor("block")).CompleteChatAsync([new UserChatMessage(Text)]);

        (await refused.Should().ThrowAsync<ClientResultException>()).Which.Status.Should().Be(403);
        fixture.Upstream.Requests.Should().BeEmpty("the blocking team's request reaches no upstream");

        var scrubbed = await fixture.Chat(key: TeamPolicyFixture.KeyFor("redact")).CompleteChatAsync([new UserChatMessage(Text)]);

        Sample.Which(fixture.Upstream.Requests.Should().ContainSingle().Subject.Everything).Should().BeEmpty("the redacting team's request leaves scrubbed");
        Sample.Equal(scrubbed.Value.Content[0].Text, FakeReplies.Content(Text), "and is answered restored");
        fixture.Local.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task SameAnthropicRequest_BothTeamsConcurrently_EachGetsItsOwnPolicy()
    {
        fixture.ClearUpstreams();
        string body = PolicyRequests.AnthropicBody(Text);

        var answers = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => fixture.PostAsync(PolicyRequests.Anthropic, body, TeamPolicyFixture.KeyFor(i % 2 == 0 ? "block" : "redact"))));

        for (int i = 0; i < answers.Length; i++)
        {
            using var response = answers[i];
            if (i % 2 == 0)
            {
                await ErrorShape.AssertAsync(response, ErrorDialect.Anthropic, 403);
                ReportedDecision.Of(response).Policy.Should().Be("block-all");
            }
            else
            {
                response.IsSuccessStatusCode.Should().BeTrue();
                ReportedDecision.Of(response).Should().Be(new ReportedDecision("redact-all", "redact", "SECRET=1,CONTACT=1", null));
                Sample.Which(await response.Content.ReadAsStringAsync()).Should().Be(Sample.Which(Text), "the redacting team's answer is restored");
            }
        }

        var upstream = fixture.Upstream.Requests;
        upstream.Should().HaveCount(4, "only the redacting team's requests leave");
        upstream.Should().OnlyContain(r => Sample.Which(r.Everything).Length == 0, "and they leave scrubbed");
    }

    [Theory]
    [InlineData(TeamPolicyFixture.NoTeamKey)]
    [InlineData(TeamPolicyFixture.UnlistedTeamKey)]
    public async Task KeyWithoutTeamOrWithUnlistedTeam_GetsTheDefaultPolicy(string key)
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(Text), key);

        response.IsSuccessStatusCode.Should().BeTrue();
        Sample.Which(fixture.Upstream.Requests.Should().ContainSingle().Subject.Everything).Should().BeEmpty();
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("default", "redact", "SECRET=1,CONTACT=1", null));
    }
}
