using System.Text;
using System.Text.Json;
using Anthropic.Models.Messages;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Anthropic;

/// <summary>
/// Anthropic Messages (Claude Code's protocol) through the proxy: the official SDK and raw bodies with values in
/// every field, scrubbed on the way out and restored byte for byte on the way back, JSON and streamed.
/// </summary>
public sealed class AnthropicMessagesTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task Sdk_PlantedValues_UpstreamSeesNoneAndBlocksRestored()
    {
        fixture.Upstream.Clear();
        string text = "Please check " + Planted.Sentence;

        var message = await fixture.Anthropic().Messages.Create(new MessageCreateParams
        {
            Model = AnthropicReplies.Model,
            MaxTokens = 256,
            Messages = [new UserMessageParam(text)],
        });

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/anthropic/v1/messages");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        message.Content.Should().HaveCount(3);
        message.Content[0].TryPickThinking(out var thinking).Should().BeTrue();
        (thinking!.Thinking == FakeReplies.Reasoning(text)).Should().BeTrue("thinking is restored: {0}", Planted.Mask(thinking.Thinking));
        thinking.Signature.Should().Be(AnthropicReplies.Signature, "signatures pass unchanged");
        message.Content[1].TryPickText(out var block).Should().BeTrue();
        (block!.Text == FakeReplies.Content(text)).Should().BeTrue("text is restored: {0}", Planted.Mask(block.Text));
        message.Content[2].TryPickToolUse(out var toolUse).Should().BeTrue();
        string input = JsonSerializer.Serialize(toolUse!.Input);
        Planted.CountIn(input).Should().Be(Planted.All.Count, "tool input is restored: {0}", Planted.Mask(input));
    }

    [Fact]
    public async Task SdkStreaming_PlantedValues_EveryDeltaKindRestored()
    {
        fixture.Upstream.Clear();
        string text = "stream " + Planted.Sentence;
        var thinking = new StringBuilder();
        var content = new StringBuilder();
        var json = new StringBuilder();
        var signature = new StringBuilder();

        await foreach (var streamEvent in fixture.Anthropic().Messages.CreateStreaming(new MessageCreateParams
        {
            Model = AnthropicReplies.Model,
            MaxTokens = 256,
            Messages = [new UserMessageParam(text)],
        }))
        {
            if (!streamEvent.TryPickContentBlockDelta(out var delta))
            {
                continue;
            }

            if (delta!.Delta.TryPickThinking(out var t))
            {
                thinking.Append(t!.Thinking);
            }
            else if (delta.Delta.TryPickText(out var x))
            {
                content.Append(x!.Text);
            }
            else if (delta.Delta.TryPickInputJson(out var j))
            {
                json.Append(j!.PartialJson);
            }
            else if (delta.Delta.TryPickSignature(out var s))
            {
                signature.Append(s!.Signature);
            }
        }

        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        (thinking.ToString() == FakeReplies.Reasoning(text)).Should().BeTrue("thinking_delta restored: {0}", Planted.Mask(thinking.ToString()));
        (content.ToString() == FakeReplies.Content(text)).Should().BeTrue("text_delta restored: {0}", Planted.Mask(content.ToString()));
        (json.ToString() == AnthropicReplies.Input(text)).Should().BeTrue("input_json_delta restored: {0}", Planted.Mask(json.ToString()));
        signature.ToString().Should().Be(AnthropicReplies.Signature);
    }

    [Fact]
    public async Task RawJson_ValuesInEveryField_NoneLeaveAndReplyIsByteExact()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("anthropic/v1/messages", AnthropicRequests.EveryField());

        string reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        var sent = upstream.Json;
        sent.GetProperty("messages")[1].GetProperty("content")[0].GetProperty("signature").GetString()
            .Should().Be(AnthropicReplies.Signature, "the thinking signature passes unchanged");
        sent.GetProperty("metadata").GetProperty("user_id").GetString().Should().MatchRegex("^[A-Za-z0-9_-]{43}$", "the caller's id is replaced by the hash");
        string expected = Encoding.UTF8.GetString(AnthropicReplies.MessageJson(AnthropicRequests.LastUserText, AnthropicReplies.Model));
        (reply == expected).Should().BeTrue("the restored reply equals the original's: {0}", Planted.Mask(reply));
    }

    [Fact]
    public async Task RawStream_ValuesInEveryField_DeltasRestoredSignatureAndEventOrderKept()
    {
        fixture.Upstream.Clear();
        string model = AnthropicReplies.Model + "-seed-7";

        using var response = await fixture.PostJsonAsync("anthropic/v1/messages", AnthropicRequests.EveryField(model, stream: true));

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var reply = AnthropicStreamReply.Parse(await response.Content.ReadAsStringAsync());
        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        string text = AnthropicRequests.LastUserText;
        (reply.Thinking == FakeReplies.Reasoning(text)).Should().BeTrue("thinking: {0}", Planted.Mask(reply.Thinking));
        (reply.Text == FakeReplies.Content(text)).Should().BeTrue("text: {0}", Planted.Mask(reply.Text));
        (reply.PartialJson == AnthropicReplies.Input(text)).Should().BeTrue("partial_json: {0}", Planted.Mask(reply.PartialJson));
        reply.Signature.Should().Be(AnthropicReplies.Signature);
        var original = AnthropicStreamReply.Parse(AnthropicReplies.MessageStream(text, model, new Random(7)));
        reply.NameRuns.Should().Equal(original.NameRuns, "events keep their names and order");
    }

    [Theory]
    [InlineData("anthropic/messages", "/anthropic/messages", "")]
    [InlineData("anthropic/v1/messages?beta=true", "/anthropic/v1/messages", "?beta=true")]
    public async Task OtherPaths_SamePathAndQueryUpstream_Scrubbed(string path, string upstreamPath, string query)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync(path, AnthropicRequests.Simple(Planted.Sentence));

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be(upstreamPath);
        upstream.Query.Should().Be(query);
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        Planted.CountIn(await response.Content.ReadAsStringAsync()).Should().Be(Planted.All.Count);
    }

    [Fact]
    public async Task ResentThinking_SecondTurn_ScrubsBackToTheBytesTheModelSigned()
    {
        fixture.Upstream.Clear();
        var client = fixture.Anthropic();
        string first = "Customer " + Planted.Email + " card " + Planted.Card;
        var reply = await client.Messages.Create(new MessageCreateParams
        {
            Model = AnthropicReplies.Model,
            MaxTokens = 256,
            Messages = [new UserMessageParam(first)],
        });
        reply.Content[0].TryPickThinking(out var thinking).Should().BeTrue();

        using var response = await fixture.PostJsonAsync("anthropic/v1/messages", new
        {
            model = AnthropicReplies.Model,
            max_tokens = 256,
            messages = new object[]
            {
                new { role = "user", content = first },
                new { role = "assistant", content = new object[] { new { type = "thinking", thinking = thinking!.Thinking, signature = thinking.Signature } } },
                new { role = "user", content = "and " + Planted.Email + "?" },
            },
        });

        response.IsSuccessStatusCode.Should().BeTrue();
        var requests = fixture.Upstream.Requests;
        requests.Should().HaveCount(2);
        string scrubbedFirst = requests[0].Json.GetProperty("messages")[0].GetProperty("content").GetString()!;
        var resent = requests[1].Json.GetProperty("messages")[1].GetProperty("content")[0];
        resent.GetProperty("thinking").GetString().Should().Be(
            FakeReplies.Reasoning(scrubbedFirst), "the restored thinking scrubs back to exactly what the model produced");
        resent.GetProperty("signature").GetString().Should().Be(AnthropicReplies.Signature);
    }

    [Fact]
    public async Task CountTokens_ClaudeCodeStyleEveryField_ScrubbedUserIdDroppedAnswerPassesUnchanged()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("anthropic/v1/messages/count_tokens?beta=true", AnthropicRequests.EveryField());

        byte[] reply = await response.Content.ReadAsByteArrayAsync();
        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/anthropic/v1/messages/count_tokens");
        upstream.Query.Should().Be("?beta=true");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Json.GetProperty("metadata").TryGetProperty("user_id", out _).Should().BeFalse("count_tokens takes no user id");
        reply.Should().Equal(AnthropicReplies.CountTokensJson(AnthropicReplies.LastUserText(upstream.Json).Length));
    }
}
