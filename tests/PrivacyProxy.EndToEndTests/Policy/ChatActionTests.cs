using System.ClientModel;
using System.Text.Json;
using OpenAI.Chat;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>Each action on the OpenAI chat route, through the official OpenAI SDK, for a team whose policy gives every category that action.</summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class ChatActionTests(TeamPolicyFixture fixture)
{
    private static readonly string Text = Sample.Join([Sample.ApiKey, Sample.Email, Sample.Card]);

    [Fact]
    public async Task Redact_Sdk_UpstreamSeesPlaceholdersAndAnswerIsRestored()
    {
        fixture.ClearUpstreams();

        var result = await fixture.Chat(key: TeamPolicyFixture.KeyFor("redact")).CompleteChatAsync([new UserChatMessage(Text)]);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Which(upstream.Everything).Should().BeEmpty("redacted values must not leave");
        upstream.BodyText.Should().Contain("[[API_KEY_").And.Contain("[[EMAIL_").And.Contain("[[CREDIT_CARD_");
        fixture.Local.Requests.Should().BeEmpty();
        string answer = result.Value.Content[0].Text;
        Sample.Equal(answer, FakeReplies.Content(Text), "the answer is restored");
        ReportedDecision.Of(result.GetRawResponse()).Should().Be(new ReportedDecision("redact-all", "redact", "SECRET=1,CONTACT=1,FINANCIAL=1", null));
    }

    [Fact]
    public async Task Mask_Sdk_PlaceholderReachesUpstreamAndStaysInAnswer()
    {
        fixture.ClearUpstreams();

        var result = await fixture.Chat(key: TeamPolicyFixture.KeyFor("mask")).CompleteChatAsync([new UserChatMessage(Text)]);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Which(upstream.Everything).Should().BeEmpty("masked values must not leave");
        string seen = FakeAnswers.LastUserText(upstream.Json);
        seen.Should().Contain("[[EMAIL_");
        string answer = result.Value.Content[0].Text;
        Sample.Which(answer).Should().BeEmpty("masked values are never restored");
        Sample.Equal(answer, FakeReplies.Content(seen), "the caller sees the placeholders the upstream saw");
        ReportedDecision.Of(result.GetRawResponse()).Should().Be(new ReportedDecision("mask-all", "mask", "SECRET=1,CONTACT=1,FINANCIAL=1", null));
    }

    [Fact]
    public async Task Mask_Streaming_PlaceholdersStayInEveryDelta()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(Text, stream: true), TeamPolicyFixture.KeyFor("mask"));

        response.IsSuccessStatusCode.Should().BeTrue();
        var reply = SseReply.Parse(await response.Content.ReadAsStringAsync());
        string seen = FakeAnswers.LastUserText(fixture.Upstream.Requests.Should().ContainSingle().Subject.Json);
        Sample.Which(seen).Should().BeEmpty("masked values must not leave");
        Sample.Which(reply.Content + reply.Reasoning + reply.Arguments).Should().BeEmpty("masked values are never restored");
        Sample.Equal(reply.Content, FakeReplies.Content(seen), "content keeps the placeholders");
        Sample.Equal(reply.Arguments, FakeReplies.Arguments(seen), "tool-call arguments keep the placeholders");
        reply.Done.Should().BeTrue();
    }

    [Fact]
    public async Task Block_Sdk_ClientResultException403NamingRuleAndNoUpstreamReached()
    {
        fixture.ClearUpstreams();

        var call = () => fixture.Chat(key: TeamPolicyFixture.KeyFor("block")).CompleteChatAsync([new UserChatMessage(Text)]);

        var error = (await call.Should().ThrowAsync<ClientResultException>()).Which;
        error.Status.Should().Be(403);
        var raw = error.GetRawResponse()!;
        using var json = JsonDocument.Parse(raw.Content.ToString());
        var body = json.RootElement.GetProperty("error");
        body.GetProperty("type").GetString().Should().Be("privacy_policy_violation");
        string message = body.GetProperty("message").GetString()!;
        Sample.Which(message).Should().BeEmpty("a refusal never quotes a value");
        message.Should().Contain("aws-access-token").And.Contain("SECRET/API_KEY").And.Contain("CONTACT/EMAIL").And.Contain("block-all");
        fixture.Upstream.Requests.Should().BeEmpty("a blocked request reaches no upstream");
        fixture.Local.Requests.Should().BeEmpty("a blocked request reaches no upstream");
        ReportedDecision.Of(raw).Should().Be(new ReportedDecision("block-all", "block", "SECRET=1,CONTACT=1,FINANCIAL=1", null));
    }

    [Fact]
    public async Task Allow_Sdk_ValuesLeaveUnchangedAndNothingIsReported()
    {
        fixture.ClearUpstreams();

        var result = await fixture.Chat(key: TeamPolicyFixture.KeyFor("allow")).CompleteChatAsync([new UserChatMessage(Text)]);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Equal(FakeAnswers.LastUserText(upstream.Json), Text, "allowed values are left as they are");
        Sample.Equal(result.Value.Content[0].Text, FakeReplies.Content(Text), "the answer comes back as sent");
        ReportedDecision.Of(result.GetRawResponse()).Should().Be(new ReportedDecision("allow-all", "allow", null, null));
    }

    [Fact]
    public async Task AuditOnly_Sdk_ValuesLeaveUnchangedAndFindingsAreReported()
    {
        fixture.ClearUpstreams();

        var result = await fixture.Chat(key: TeamPolicyFixture.KeyFor("audit-only")).CompleteChatAsync([new UserChatMessage(Text)]);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Equal(FakeAnswers.LastUserText(upstream.Json), Text, "audited values are left as they are");
        Sample.Equal(result.Value.Content[0].Text, FakeReplies.Content(Text), "the answer comes back as sent");
        ReportedDecision.Of(result.GetRawResponse()).Should().Be(new ReportedDecision("audit-only-all", "audit-only", "SECRET=1,CONTACT=1,FINANCIAL=1", null));
    }
}
