using System.Text.Json;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>Each action on the Anthropic messages route (Claude Code's), through the official Anthropic SDK and raw HTTP.</summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class AnthropicActionTests(TeamPolicyFixture fixture)
{
    private static readonly string Text = Sample.Join([Sample.ApiKey, Sample.Email, Sample.Ssn]);

    [Fact]
    public async Task Redact_Sdk_UpstreamSeesPlaceholdersAndTextIsRestored()
    {
        fixture.ClearUpstreams();

        var message = await Send("redact");

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/anthropic/v1/messages");
        Sample.Which(upstream.Everything).Should().BeEmpty("redacted values must not leave");
        fixture.Local.Requests.Should().BeEmpty();
        Sample.Equal(TextOf(message), FakeReplies.Content(Text), "the answer is restored");
    }

    [Fact]
    public async Task Mask_Sdk_PlaceholderReachesUpstreamAndStaysInAnswer()
    {
        fixture.ClearUpstreams();

        var message = await Send("mask");

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Which(upstream.Everything).Should().BeEmpty("masked values must not leave");
        string seen = AnthropicReplies.LastUserText(upstream.Json);
        seen.Should().Contain("[[US_SSN_");
        Sample.Equal(TextOf(message), FakeReplies.Content(seen), "the caller sees the placeholders the upstream saw");
    }

    [Fact]
    public async Task Mask_Streaming_PlaceholdersStayInTextAndToolInput()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Anthropic, PolicyRequests.AnthropicBody(Text, stream: true), TeamPolicyFixture.KeyFor("mask"));

        response.IsSuccessStatusCode.Should().BeTrue();
        var reply = AnthropicStreamReply.Parse(await response.Content.ReadAsStringAsync());
        string seen = AnthropicReplies.LastUserText(fixture.Upstream.Requests.Should().ContainSingle().Subject.Json);
        Sample.Which(seen).Should().BeEmpty("masked values must not leave");
        Sample.Equal(reply.Text, FakeReplies.Content(seen), "text keeps the placeholders");
        Sample.Equal(reply.PartialJson, AnthropicReplies.Input(seen), "tool input keeps the placeholders");
        ReportedDecision.Of(response).Action.Should().Be("mask");
    }

    [Fact]
    public async Task Block_Sdk_ForbiddenAndNoUpstreamReached()
    {
        fixture.ClearUpstreams();

        var call = () => Send("block");

        var error = (await call.Should().ThrowAsync<AnthropicForbiddenException>()).Which;
        Sample.Which(error.ToString()).Should().BeEmpty("a refusal never quotes a value");
        fixture.Upstream.Requests.Should().BeEmpty("a blocked request reaches no upstream");
        fixture.Local.Requests.Should().BeEmpty("a blocked request reaches no upstream");
    }

    [Fact]
    public async Task Block_Http_PermissionErrorNamingCategoryTypeAndRule()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Anthropic, PolicyRequests.AnthropicBody(Text), TeamPolicyFixture.KeyFor("block"));

        await ErrorShape.AssertAsync(response, Protocols.ErrorDialect.Anthropic, 403);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("permission_error");
        string message = error.GetProperty("message").GetString()!;
        Sample.Which(message).Should().BeEmpty("a refusal never quotes a value");
        message.Should().Contain("GOV_ID/US_SSN").And.Contain("us-ssn").And.Contain("SECRET/API_KEY");
        fixture.Upstream.Requests.Should().BeEmpty();
        fixture.Local.Requests.Should().BeEmpty();
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("block-all", "block", "SECRET=1,CONTACT=1,GOV_ID=1", null));
    }

    [Theory]
    [InlineData("allow")]
    [InlineData("audit-only")]
    public async Task AllowAndAuditOnly_Sdk_ValuesLeaveUnchangedAndComeBack(string action)
    {
        fixture.ClearUpstreams();

        var message = await Send(action);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Equal(AnthropicReplies.LastUserText(upstream.Json), Text, "the values are left as they are");
        Sample.Equal(TextOf(message), FakeReplies.Content(Text), "the answer comes back as sent");
    }

    private Task<Message> Send(string action) => fixture.Anthropic(TeamPolicyFixture.KeyFor(action)).Messages.Create(new MessageCreateParams
    {
        Model = AnthropicReplies.Model,
        MaxTokens = 256,
        Messages = [new UserMessageParam(Text)],
    });

    private static string TextOf(Message message)
    {
        message.Content.Should().HaveCount(3);
        message.Content[1].TryPickText(out var block).Should().BeTrue();
        return block!.Text;
    }
}
