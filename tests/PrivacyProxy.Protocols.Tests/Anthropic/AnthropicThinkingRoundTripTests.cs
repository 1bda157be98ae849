using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>
/// The signature decision, end to end with real sessions: thinking the client gets restored and resends is
/// re-scrubbed to exactly the text the model produced (and signed); the signature passes unchanged.
/// </summary>
public sealed class AnthropicThinkingRoundTripTests
{
    private const string Signature = "EqQBCgIYAhIMbOd2";

    private static readonly object FirstUser = new
    {
        role = "user",
        content = new object[] { new { type = "text", text = $"Refund {Restorers.PersonValue}, mail {Secrets.Email}, files in C:\\Users\\alice" } },
    };

    private static string Rewrite(RedactionSession session, object body) => Encoding.UTF8.GetString(
        AnthropicMessagesProtocol.Instance.RewriteRequest(JsonSerializer.SerializeToUtf8Bytes(body), session, RequestRewriteOptions.Default));

    private static string Stream(string thinking) =>
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}\n\n" +
        $"event: content_block_delta\ndata: {{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{{\"type\":\"thinking_delta\",\"thinking\":{JsonSerializer.Serialize(thinking[..9])}}}}}\n\n" +
        $"event: content_block_delta\ndata: {{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{{\"type\":\"thinking_delta\",\"thinking\":{JsonSerializer.Serialize(thinking[9..])}}}}}\n\n" +
        $"event: content_block_delta\ndata: {{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{{\"type\":\"signature_delta\",\"signature\":\"{Signature}\"}}}}\n\n" +
        "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n";

    /// <summary>Turn 1 out, the model's thinking back to the client, turn 2 out: returns the thinking block resent upstream.</summary>
    private static JsonNode ReplayThinking(string modelThinking, out string clientThinking)
    {
        var turn1 = new RedactionSession(AnthropicSessions.Detector());
        string sent1 = Rewrite(turn1, new { model = "m", max_tokens = 100, messages = new[] { FirstUser } });
        Secrets.AnyIn(sent1).Should().BeFalse("planted value leaked");

        string client = Transform.RunText(AnthropicMessagesProtocol.Instance, "text/event-stream", turn1, Encoding.UTF8.GetBytes(Stream(modelThinking)), [11, 3]);
        clientThinking = AnthropicSse.Accumulate(AnthropicSse.Parse(client))["0/thinking"];

        var turn2 = new RedactionSession(AnthropicSessions.Detector());
        var assistant = new
        {
            role = "assistant",
            content = new object[] { new { type = "thinking", thinking = clientThinking, signature = Signature }, new { type = "text", text = "Done." } },
        };
        var nextUser = new { role = "user", content = $"Also card {Secrets.Card}" };
        string sent2 = Rewrite(turn2, new { model = "m", max_tokens = 100, messages = new object[] { FirstUser, assistant, nextUser } });
        Secrets.AnyIn(sent2).Should().BeFalse("planted value leaked");
        JsonAt.String(sent2, "messages[0].content[0].text").Masked().Should().Be(JsonAt.String(sent1, "messages[0].content[0].text").Masked(), "the prefix is stable");
        return JsonAt.Node(sent2, "messages[1].content[0]")!;
    }

    [Fact]
    public void RoundTrip_ThinkingWithIssuedPlaceholders_ResentExactlyAsModelProducedIt()
    {
        const string modelThinking = "Customer [[PERSON_1]] wrote from [[EMAIL_1]]; path [[PASSWORD_1]]. Refund.";

        var block = ReplayThinking(modelThinking, out string clientThinking);

        clientThinking.Masked().Should().Be($"Customer {Restorers.PersonValue} wrote from {Secrets.Email}; path C:\\Users\\alice. Refund.".Masked());
        block["thinking"]!.GetValue<string>().Masked().Should().Be(modelThinking.Masked(), "the signed text is what goes back upstream");
        block["signature"]!.GetValue<string>().Should().Be(Signature);
    }

    [Fact]
    public void RoundTrip_ThinkingWithValueModelWroteInClear_ScrubbedEvenThoughSignedTextDiffers()
    {
        // The documented exception: privacy wins over the signature when the model itself wrote a detectable value.
        string modelThinking = $"Customer [[PERSON_1]] has card {Secrets.Card}.";

        var block = ReplayThinking(modelThinking, out _);

        string resent = block["thinking"]!.GetValue<string>();
        resent.Contains(Secrets.Card, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
        (resent == modelThinking).Should().BeFalse();
        resent.Masked().Should().Be("Customer [[PERSON_1]] has card [[CREDIT_CARD_1]].".Masked());
        block["signature"]!.GetValue<string>().Should().Be(Signature);
    }
}
