using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary><c>count_tokens</c>: the Messages body without <c>max_tokens</c> is scrubbed alike; the count passes.</summary>
public sealed class AnthropicCountTokensTests
{
    private const string Body = """
        {"model":"claude-sonnet-4","system":[{"type":"text","text":"for {EMAIL}"}],
         "messages":[{"role":"user","content":[{"type":"text","text":"card {CARD}"},{"type":"tool_result","tool_use_id":"toolu_1","content":"{KEY}"}]},
                     {"role":"assistant","content":[{"type":"thinking","thinking":"mail {EMAIL}","signature":"EqQB"},{"type":"tool_use","id":"toolu_1","name":"f","input":{"k":"{CARD}"}}]}],
         "tools":[{"name":"f","description":"for {EMAIL}","input_schema":{"type":"object"}}],"thinking":{"type":"enabled","budget_tokens":1024}}
        """;

    [Fact]
    public void Protocol_NameAndErrors_Anthropic()
    {
        AnthropicCountTokensProtocol.Instance.Name.Should().Be("anthropic-count-tokens");
        AnthropicCountTokensProtocol.Instance.Errors.Should().Be(ErrorDialect.Anthropic);
    }

    [Fact]
    public void RewriteRequest_SameScrubbingAsMessages()
    {
        var body = Encoding.UTF8.GetBytes(Secrets.Fill(Body));

        string counted = Encoding.UTF8.GetString(AnthropicCountTokensProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default));
        string sent = Encoding.UTF8.GetString(AnthropicMessagesProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default));

        Secrets.AnyIn(counted).Should().BeFalse("planted value leaked");
        counted.Masked().Should().Be(sent.Masked());
        JsonAt.String(counted, "messages[1].content[0].signature").Should().Be("EqQB");
        JsonAt.String(counted, "messages[1].content[1].input.k").Masked().Should().Be("[[CREDIT_CARD_1]]".Masked());
    }

    [Fact]
    public void RewriteRequest_MaxTokensIsNotVocabularyHere_Scanned()
    {
        var body = Encoding.UTF8.GetBytes("""{"model":"m","max_tokens":4111111111111111,"messages":[]}""");

        string output = Encoding.UTF8.GetString(AnthropicCountTokensProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default));

        JsonNode.Parse(output)!["max_tokens"]!.GetValue<string>().Should().Be("[[CREDIT_CARD_1]]");
    }

    [Theory]
    [InlineData("application/json", "{\"input_tokens\":2095}")]
    [InlineData("application/json", "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"[[EMAIL_1]]\"}}")]
    [InlineData("text/event-stream", "event: x\ndata: {\"text\":\"[[EMAIL_1]]\"}\n\n")]
    [InlineData(null, "{\"input_tokens\":[[EMAIL_1]]}")]
    public void CreateResponseTransformer_AnyBody_PassesUnchanged(string? mediaType, string body)
    {
        var input = Encoding.UTF8.GetBytes(body);

        var output = Transform.Run(AnthropicCountTokensProtocol.Instance.CreateResponseTransformer(mediaType, AnthropicSessions.Issued()), input, [3, 1, 5]);

        output.Should().Equal(input);
    }
}
