using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>Chat requests: every text-bearing field (protocols.md 5.7) is scrubbed, vocabulary passes, other bytes stay.</summary>
public sealed class ChatRequestScrubbingTests
{
    // Every text-bearing chat field of protocols.md 5.7, each carrying a planted value.
    private const string Body = """
        {"model":"deepseek-v4-flash","messages":[
          {"role":"system","content":"Escalate to alice@example.com","name":"ops Alice O'Neil"},
          {"role":"user","content":[{"type":"text","text":"card 4111111111111111"},{"type":"image_url","image_url":{"url":"https://img.example/a.png?owner=alice@example.com","detail":"high"}}]},
          {"role":"assistant","content":null,"reasoning_content":"The user alice@example.com wants a refund","tool_calls":[{"id":"call_00_x","type":"function","function":{"name":"refund","arguments":"{\"card\":\"4111111111111111\",\"note\":\"ok\"}"}}]},
          {"role":"tool","tool_call_id":"call_00_x","content":"row: Alice O'Neil, sk-live-51HxQ2eZvKYlo2C0aIiXyZ"},
          {"role":"assistant","content":"Dear Alice O'Neil","prefix":true,"reasoning_content":"prefix thought sk-live-51HxQ2eZvKYlo2C0aIiXyZ"}],
         "stop":["alice@example.com","END"],
         "tools":[{"type":"function","function":{"name":"refund","description":"Refunds for Alice O'Neil","parameters":{"type":"object","properties":{"alice@example.com":{"type":"string","enum":["4111111111111111","other"]}}}}}],
         "metadata":{"owner":"alice@example.com"},
         "x_unknown":{"deep":["sk-live-51HxQ2eZvKYlo2C0aIiXyZ"]},
         "stream":true,"stream_options":{"include_usage":true},"thinking":{"type":"enabled"},"reasoning_effort":"high","max_tokens":4096}
        """;

    private static string Rewrite(string body, out Fakes.FakeScrubber scrubber, RequestRewriteOptions? options = null)
    {
        scrubber = Secrets.Scrubber();
        var output = OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), scrubber, options ?? RequestRewriteOptions.Default);
        return Encoding.UTF8.GetString(output);
    }

    [Fact]
    public void RewriteRequest_AllChatTextFields_NoPlantedValueLeaves()
    {
        string output = Rewrite(Body, out _);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("messages[0].content", "Escalate to [[EMAIL_1]]")]
    [InlineData("messages[0].name", "ops [[PERSON_1]]")]
    [InlineData("messages[1].content[0].text", "card [[CREDIT_CARD_1]]")]
    [InlineData("messages[1].content[1].image_url.url", "https://img.example/a.png?owner=[[EMAIL_1]]")]
    [InlineData("messages[2].reasoning_content", "The user [[EMAIL_1]] wants a refund")]
    [InlineData("messages[2].tool_calls[0].function.arguments", "{\"card\":\"[[CREDIT_CARD_1]]\",\"note\":\"ok\"}")]
    [InlineData("messages[3].content", "row: [[PERSON_1]], [[API_KEY_1]]")]
    [InlineData("messages[4].content", "Dear [[PERSON_1]]")]
    [InlineData("messages[4].reasoning_content", "prefix thought [[API_KEY_1]]")]
    [InlineData("stop[0]", "[[EMAIL_1]]")]
    [InlineData("tools[0].function.description", "Refunds for [[PERSON_1]]")]
    [InlineData("tools[0].function.parameters.properties.{[[EMAIL_1]]}.enum[0]", "[[CREDIT_CARD_1]]")]
    [InlineData("metadata.owner", "[[EMAIL_1]]")]
    [InlineData("x_unknown.deep[0]", "[[API_KEY_1]]")]
    public void RewriteRequest_TextField_ReplacedByPlaceholder(string path, string expected)
    {
        string output = Rewrite(Body, out _);

        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Theory]
    [InlineData("model", "deepseek-v4-[[W_1]]")]
    [InlineData("messages[2].tool_calls[0].id", "[[W_2]]_x")]
    [InlineData("messages[3].tool_call_id", "[[W_2]]_x")]
    public void RewriteRequest_IdsAndModel_ScannedWithOnePlaceholderPerValue(string path, string expected)
    {
        var scrubber = new Fakes.FakeScrubber(("flash", "W"), ("call_00", "W"));
        var output = Encoding.UTF8.GetString(
            OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(Body), scrubber, RequestRewriteOptions.Default));

        JsonAt.String(output, path).Should().Be(expected);
    }

    [Theory]
    [InlineData("messages[0].role", "system")]
    [InlineData("messages[1].content[1].image_url.detail", "high")]
    [InlineData("thinking.type", "enabled")]
    [InlineData("reasoning_effort", "high")]
    public void RewriteRequest_ProtocolVocabulary_PassesUnscanned(string path, string expected)
    {
        // "system", "high" and "enabled" are planted: they would change if these fields were scanned.
        var scrubber = new Fakes.FakeScrubber(("system", "W"), ("high", "W"), ("enabled", "W"));
        var output = Encoding.UTF8.GetString(
            OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(Body), scrubber, RequestRewriteOptions.Default));

        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Fact]
    public void RewriteRequest_SameValueAcrossMessages_SamePlaceholderNumberedInDocumentOrder()
    {
        const string body = """{"messages":[{"role":"user","content":"a alice@example.com"},{"role":"user","content":"b sk-live-51HxQ2eZvKYlo2C0aIiXyZ"},{"role":"user","content":"c bob@example.org alice@example.com"}]}""";
        var scrubber = new Fakes.FakeScrubber((Secrets.Email, "EMAIL"), ("bob@example.org", "EMAIL"), (Secrets.ApiKey, "API_KEY"));

        var output = Encoding.UTF8.GetString(OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), scrubber, RequestRewriteOptions.Default));

        JsonAt.String(output, "messages[0].content").Masked().Should().Be("a [[EMAIL_1]]".Masked());
        JsonAt.String(output, "messages[2].content").Masked().Should().Be("c [[EMAIL_2]] [[EMAIL_1]]".Masked());
        scrubber.Calls.Where(c => c.Length > 1).Select(c => c.Masked()).Should().Equal(
            new[] { "a alice@example.com", "b sk-live-51HxQ2eZvKYlo2C0aIiXyZ", "c bob@example.org alice@example.com" }.Select(c => c.Masked()));
    }

    [Fact]
    public void RewriteRequest_NoFindings_OutputIsByteIdentical()
    {
        const string body = "{ \"model\" : \"m\",\n  \"messages\": [ {\"role\":\"user\", \"content\":\"caf\\u00e9 \\/ \\\"q\\\" 北京 😀\"} ],\n \"temperature\": 0.70, \"n\": 1e0, \"x\": [true,false,null] }\n";
        var input = Encoding.UTF8.GetBytes(body);

        var output = OpenAIChatProtocol.Instance.RewriteRequest(input, Secrets.Scrubber(), RequestRewriteOptions.Default);

        output.Should().Equal(input);
    }

    [Fact]
    public void RewriteRequest_OneFinding_OnlyThatTokenChanges()
    {
        const string prefix = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\\u00e9 \\/\"},{\"role\":\"user\",\"content\":";
        const string suffix = "},{\"role\":\"user\",\"content\":\"tail \\/ \\u00e9\"}] }";
        var input = Encoding.UTF8.GetBytes(prefix + "\"mail alice@example.com\"" + suffix);

        var output = Encoding.UTF8.GetString(OpenAIChatProtocol.Instance.RewriteRequest(input, Secrets.Scrubber(), RequestRewriteOptions.Default));

        output.Masked().Should().Be((prefix + "\"mail [[EMAIL_1]]\"" + suffix).Masked());
    }

    [Fact]
    public void RewriteRequest_EmbeddedArguments_KeysValuesAndNumbersScrubbedAndStillValidJson()
    {
        const string arguments = "{\"to\":\"alice@example.com\",\"note\":\"say \\\"hi\\\"\\n\\u00e9\",\"alice@example.com\":1,\"card\":4111111111111111,\"nested\":[{\"k\":\"Alice O'Neil\"}]}";
        string body = "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":" +
            System.Text.Json.JsonSerializer.Serialize(arguments) + "}}]}]}";

        string output = Rewrite(body, out _);
        string rewritten = JsonAt.String(output, "messages[0].tool_calls[0].function.arguments")!;

        Secrets.AnyIn(rewritten).Should().BeFalse("planted value leaked");
        JsonAt.String(rewritten, "to").Masked().Should().Be("[[EMAIL_1]]".Masked());
        JsonAt.Node(rewritten, "{[[EMAIL_1]]}")!.GetValue<int>().Should().Be(1);
        JsonAt.String(rewritten, "card").Masked().Should().Be("[[CREDIT_CARD_1]]".Masked());
        JsonAt.String(rewritten, "nested[0].k").Masked().Should().Be("[[PERSON_1]]".Masked());
        rewritten.Should().Contain("\"note\":\"say \\\"hi\\\"\\n\\u00e9\"", "untouched inner strings keep their bytes");
    }

    [Fact]
    public void RewriteRequest_ArgumentsNotJson_ScannedAsText()
    {
        const string body = """{"messages":[{"role":"assistant","tool_calls":[{"function":{"name":"f","arguments":"{\"to\": alice@example.com"}}]}]}""";

        string output = Rewrite(body, out _);

        JsonAt.String(output, "messages[0].tool_calls[0].function.arguments").Masked().Should().Be("{\"to\": [[EMAIL_1]]".Masked());
    }

    [Fact]
    public void RewriteRequest_UnknownPropertyNames_Scanned()
    {
        const string body = """{"messages":[],"alice@example.com":{"sk-live-51HxQ2eZvKYlo2C0aIiXyZ":"v"},"messages_meta":{"Alice O'Neil":1}}""";

        string output = Rewrite(body, out _);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, "{[[EMAIL_1]]}.{[[API_KEY_1]]}").Masked().Should().Be("v".Masked());
    }

    [Fact]
    public void RewriteRequest_ValueWithQuotesAndControlChars_ReencodedAsValidJson()
    {
        var scrubber = new Fakes.FakeScrubber(("secret", "X"));
        const string body = "{\"messages\":[{\"role\":\"user\",\"content\":\"a \\\"secret\\\" \\\\ \\t\\u0001 北京\"}]}";

        var output = Encoding.UTF8.GetString(OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), scrubber, RequestRewriteOptions.Default));

        // The control character is dropped from the scanned view, and the view's result is what leaves.
        JsonAt.String(output, "messages[0].content").Masked().Should().Be("a \"[[X_1]]\" \\ \t 北京".Masked());
        output.Should().Contain("北京", "non-ASCII text is not escaped needlessly");
    }

    [Fact]
    public void RewriteRequest_NumbersAnywhere_ScannedAsDigits()
    {
        const string body = """{"seed":4111111111111111,"metadata":{"card":4.111111111111111e15},"n":1}""";

        string output = Rewrite(body, out _);

        JsonAt.String(output, "seed").Masked().Should().Be("[[CREDIT_CARD_1]]".Masked());
        JsonAt.String(output, "metadata.card").Masked().Should().Be("[[CREDIT_CARD_1]]".Masked());
        JsonAt.Node(output, "n")!.GetValue<int>().Should().Be(1);
    }

    [Theory]
    [InlineData("""{"max_tokens":-1}""")]
    [InlineData("""{"temperature":4111111111111111}""")]
    [InlineData("""{"top_p":1.5}""")]
    public void RewriteRequest_VocabularyNumberOutOfRange_400(string body)
    {
        var act = () => Rewrite(body, out _);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(400);
    }
}
