using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>Messages requests: every block type is scrubbed, protocol vocabulary and opaque data pass, other bytes stay.</summary>
public sealed class AnthropicRequestScrubbingTests
{
    // Every text-bearing Anthropic field, each carrying a planted value; the last user block is of an unknown type.
    private const string Body = """
        {"model":"claude-opus-4","max_tokens":1024,
         "system":[{"type":"text","text":"Support agent for alice@example.com","cache_control":{"type":"ephemeral"}}],
         "messages":[
          {"role":"user","content":"My card is 4111111111111111"},
          {"role":"user","content":[
            {"type":"text","text":"Key sk-live-51HxQ2eZvKYlo2C0aIiXyZ","citations":[{"type":"char_location","cited_text":"from Alice O'Neil","document_index":0,"document_title":"Notes of alice@example.com","start_char_index":0,"end_char_index":5}]},
            {"type":"image","source":{"type":"url","url":"https://img.example/a.png?u=alice@example.com"}},
            {"type":"document","source":{"type":"text","media_type":"text/plain","data":"Contract of Alice O'Neil"},"title":"About 4111111111111111","context":"ctx alice@example.com","citations":{"enabled":true}},
            {"type":"document","source":{"type":"content","content":[{"type":"text","text":"inner alice@example.com"}]}},
            {"type":"search_result","source":"https://kb.example/alice@example.com","title":"KB Alice O'Neil","content":[{"type":"text","text":"card 4111111111111111"}]}]},
          {"role":"assistant","content":[
            {"type":"thinking","thinking":"The user alice@example.com wants a refund","signature":"EqQBCgIYAhIM"},
            {"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix"},
            {"type":"text","text":"Refunding Alice O'Neil"},
            {"type":"tool_use","id":"toolu_01A","name":"refund","input":{"card":"4111111111111111","alice@example.com":{"note":["sk-live-51HxQ2eZvKYlo2C0aIiXyZ",4111111111111111]}}},
            {"type":"server_tool_use","id":"srvtoolu_01","name":"web_search","input":{"query":"Alice O'Neil"}}]},
          {"role":"user","content":[
            {"type":"tool_result","tool_use_id":"toolu_01A","content":"refunded alice@example.com","is_error":false},
            {"type":"tool_result","tool_use_id":"toolu_01A","content":[{"type":"text","text":"row Alice O'Neil"},{"type":"search_result","source":"s","title":"t","content":[{"type":"text","text":"sk-live-51HxQ2eZvKYlo2C0aIiXyZ"}]}]},
            {"type":"web_search_tool_result","tool_use_id":"srvtoolu_01","content":[{"type":"web_search_result","url":"https://x.example/alice@example.com","title":"Alice O'Neil","encrypted_content":"EqgfCioIARgB","page_age":"April 2025"}]},
            {"type":"mcp_tool_result","tool_use_id":"alice@example.com","id":"4111111111111111","signature":"sk-live-51HxQ2eZvKYlo2C0aIiXyZ","data":{"Alice O'Neil":"x"}}]}],
         "tools":[{"name":"refund","description":"Refunds for Alice O'Neil","input_schema":{"type":"object","properties":{"alice@example.com":{"type":"string","enum":["4111111111111111"]}}}}],
         "tool_choice":{"type":"tool","name":"refund"},
         "stop_sequences":["alice@example.com","END"],
         "thinking":{"type":"enabled","budget_tokens":2048},
         "stream":true,"temperature":0.5,"top_p":0.9,"top_k":5}
        """;

    private static string Rewrite(string body, FakeScrubber? scrubber = null) => Encoding.UTF8.GetString(
        AnthropicMessagesProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), scrubber ?? Secrets.Scrubber(), RequestRewriteOptions.Default));

    [Fact]
    public void Protocol_NameAndErrors_Anthropic()
    {
        AnthropicMessagesProtocol.Instance.Name.Should().Be("anthropic-messages");
        AnthropicMessagesProtocol.Instance.Errors.Should().Be(ErrorDialect.Anthropic);
    }

    [Fact]
    public void RewriteRequest_EveryBlockType_NoPlantedValueLeaves()
    {
        string output = Rewrite(Body);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("system[0].text", "Support agent for [[EMAIL_1]]")]
    [InlineData("messages[0].content", "My card is [[CREDIT_CARD_1]]")]
    [InlineData("messages[1].content[0].text", "Key [[API_KEY_1]]")]
    [InlineData("messages[1].content[0].citations[0].cited_text", "from [[PERSON_1]]")]
    [InlineData("messages[1].content[0].citations[0].document_title", "Notes of [[EMAIL_1]]")]
    [InlineData("messages[1].content[1].source.url", "https://img.example/a.png?u=[[EMAIL_1]]")]
    [InlineData("messages[1].content[2].source.data", "Contract of [[PERSON_1]]")]
    [InlineData("messages[1].content[2].title", "About [[CREDIT_CARD_1]]")]
    [InlineData("messages[1].content[2].context", "ctx [[EMAIL_1]]")]
    [InlineData("messages[1].content[3].source.content[0].text", "inner [[EMAIL_1]]")]
    [InlineData("messages[1].content[4].source", "https://kb.example/[[EMAIL_1]]")]
    [InlineData("messages[1].content[4].title", "KB [[PERSON_1]]")]
    [InlineData("messages[1].content[4].content[0].text", "card [[CREDIT_CARD_1]]")]
    [InlineData("messages[2].content[0].thinking", "The user [[EMAIL_1]] wants a refund")]
    [InlineData("messages[2].content[2].text", "Refunding [[PERSON_1]]")]
    [InlineData("messages[2].content[3].input.card", "[[CREDIT_CARD_1]]")]
    [InlineData("messages[2].content[3].input.{[[EMAIL_1]]}.note[0]", "[[API_KEY_1]]")]
    [InlineData("messages[2].content[3].input.{[[EMAIL_1]]}.note[1]", "[[CREDIT_CARD_1]]")]
    [InlineData("messages[2].content[4].input.query", "[[PERSON_1]]")]
    [InlineData("messages[3].content[0].content", "refunded [[EMAIL_1]]")]
    [InlineData("messages[3].content[1].content[0].text", "row [[PERSON_1]]")]
    [InlineData("messages[3].content[1].content[1].content[0].text", "[[API_KEY_1]]")]
    [InlineData("messages[3].content[2].content[0].url", "https://x.example/[[EMAIL_1]]")]
    [InlineData("messages[3].content[2].content[0].title", "[[PERSON_1]]")]
    [InlineData("messages[3].content[3].tool_use_id", "[[EMAIL_1]]")]
    [InlineData("messages[3].content[3].id", "[[CREDIT_CARD_1]]")]
    [InlineData("messages[3].content[3].signature", "[[API_KEY_1]]")]
    [InlineData("messages[3].content[3].data.{[[PERSON_1]]}", "x")]
    [InlineData("tools[0].description", "Refunds for [[PERSON_1]]")]
    [InlineData("tools[0].input_schema.properties.{[[EMAIL_1]]}.enum[0]", "[[CREDIT_CARD_1]]")]
    [InlineData("stop_sequences[0]", "[[EMAIL_1]]")]
    [InlineData("stop_sequences[1]", "END")]
    public void RewriteRequest_TextField_ReplacedByPlaceholder(string path, string expected)
    {
        JsonAt.String(Rewrite(Body), path).Masked().Should().Be(expected.Masked());
    }

    [Theory]
    [InlineData("messages[0].role", "user")]
    [InlineData("system[0].cache_control.type", "ephemeral")]
    [InlineData("messages[2].content[0].signature", "EqQBCgIYAhIM")]
    [InlineData("messages[2].content[1].data", "EmwKAhgBEgy3va3pzix")]
    [InlineData("messages[3].content[2].content[0].encrypted_content", "EqgfCioIARgB")]
    [InlineData("thinking.type", "enabled")]
    [InlineData("tool_choice.type", "tool")]
    public void RewriteRequest_VocabularyInGrammarAndOpaqueData_PassUnscanned(string path, string expected)
    {
        // Every enum value is planted: it would change if its field were scanned.
        var scrubber = new FakeScrubber(("user", "W"), ("ephemeral", "W"), ("enabled", "W"), ("tool", "W"));

        JsonAt.String(Rewrite(Body, scrubber), path).Should().Be(expected);
    }

    [Theory]
    [InlineData("model", "claude-opus-4", "[[W_1]]-opus-4")]
    [InlineData("messages[2].content[3].id", "toolu_01A", "[[W_1]]")]
    [InlineData("messages[1].content[2].source.media_type", "text/plain", "[[W_1]]")]
    public void RewriteRequest_IdsAndModel_Scanned(string path, string planted, string expected)
    {
        var scrubber = new FakeScrubber((planted == "claude-opus-4" ? "claude" : planted, "W"));

        JsonAt.String(Rewrite(Body, scrubber), path).Should().Be(expected);
    }

    [Fact]
    public void RewriteRequest_NumbersInVocabulary_PassAsNumbersWhenClean()
    {
        var output = JsonNode.Parse(Rewrite(Body, new FakeScrubber()))!;

        output["max_tokens"]!.GetValue<int>().Should().Be(1024);
        output["thinking"]!["budget_tokens"]!.GetValue<int>().Should().Be(2048);
        output["temperature"]!.GetValue<double>().Should().Be(0.5);
        output["top_k"]!.GetValue<int>().Should().Be(5);
    }

    [Fact]
    public void RewriteRequest_NothingToScrub_BytesIdentical()
    {
        string clean = Body
            .Replace("alice@example.com", "bob at example", StringComparison.Ordinal)
            .Replace("4111111111111111", "42", StringComparison.Ordinal)
            .Replace("sk-live-51HxQ2eZvKYlo2C0aIiXyZ", "no key", StringComparison.Ordinal)
            .Replace("Alice O'Neil", "Bob", StringComparison.Ordinal)
            .Replace("\"model\"", "\"model\" \t", StringComparison.Ordinal) + "  \n";
        var input = Encoding.UTF8.GetBytes(clean.Replace("Bob", "B\\u00f6b \\\"q\\\"", StringComparison.Ordinal));

        var output = AnthropicMessagesProtocol.Instance.RewriteRequest(input, Secrets.Scrubber(), RequestRewriteOptions.Default);

        output.Should().Equal(input);
    }
}
