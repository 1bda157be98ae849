using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>Ollama chat requests: every text-bearing field is scrubbed, vocabulary passes, other bytes stay.</summary>
public sealed class OllamaChatRequestTests
{
    // Every text-bearing /api/chat field of protocols.md 3.1, each carrying a planted value.
    private const string Body = """
        {"model":"deepseek-r1:8b","think":"high","keep_alive":"5m","stream":true,
         "messages":[
          {"role":"system","content":"Escalate to {EMAIL}"},
          {"role":"user","content":"card {CARD}","images":[]},
          {"role":"assistant","content":"","thinking":"The user {EMAIL} wants a refund","tool_calls":[{"id":"call_lyywui55","function":{"index":0,"name":"refund {EMAIL}","arguments":{"card":"{CARD}","{EMAIL}":{"deep":["{KEY}"]},"amount":4111111111111111,"ok":true}}}]},
          {"role":"tool","tool_name":"lookup {EMAIL}","content":"row: {KEY}"}],
         "tools":[{"type":"function","function":{"name":"refund","description":"Refunds for {EMAIL}","parameters":{"type":"object","properties":{"{EMAIL}":{"type":"string","enum":["{CARD}"]}}}}}],
         "format":{"type":"object","properties":{"{KEY}":{"type":"string"}},"description":"{EMAIL}"},
         "options":{"temperature":0.7,"num_ctx":8192,"seed":42,"stop":["{EMAIL}","END"],"x_custom":"{KEY}"},
         "x_unknown":{"deep":["{KEY}"]}}
        """;

    private static string Rewrite(string body, FakeScrubber? scrubber = null, RequestRewriteOptions? options = null) =>
        Encoding.UTF8.GetString(OllamaChatProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), scrubber ?? Secrets.Scrubber(), options ?? RequestRewriteOptions.Default));

    [Fact]
    public void RewriteRequest_AllChatTextFields_NoPlantedValueLeaves()
    {
        string output = Rewrite(Body);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("messages[0].content", "Escalate to [[EMAIL_1]]")]
    [InlineData("messages[1].content", "card [[CREDIT_CARD_1]]")]
    [InlineData("messages[2].thinking", "The user [[EMAIL_1]] wants a refund")]
    [InlineData("messages[2].tool_calls[0].function.name", "refund [[EMAIL_1]]")]
    [InlineData("messages[2].tool_calls[0].function.arguments.card", "[[CREDIT_CARD_1]]")]
    [InlineData("messages[2].tool_calls[0].function.arguments.{[[EMAIL_1]]}.deep[0]", "[[API_KEY_1]]")]
    [InlineData("messages[2].tool_calls[0].function.arguments.amount", "[[CREDIT_CARD_1]]")]
    [InlineData("messages[3].tool_name", "lookup [[EMAIL_1]]")]
    [InlineData("messages[3].content", "row: [[API_KEY_1]]")]
    [InlineData("tools[0].function.description", "Refunds for [[EMAIL_1]]")]
    [InlineData("tools[0].function.parameters.properties.{[[EMAIL_1]]}.enum[0]", "[[CREDIT_CARD_1]]")]
    [InlineData("format.properties.{[[API_KEY_1]]}.type", "string")]
    [InlineData("format.description", "[[EMAIL_1]]")]
    [InlineData("options.stop[0]", "[[EMAIL_1]]")]
    [InlineData("options.x_custom", "[[API_KEY_1]]")]
    [InlineData("x_unknown.deep[0]", "[[API_KEY_1]]")]
    public void RewriteRequest_TextField_ReplacedByPlaceholder(string path, string expected)
    {
        string output = Rewrite(Body);

        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Theory]
    [InlineData("think", "high")]
    [InlineData("messages[0].role", "system")]
    public void RewriteRequest_ProtocolVocabulary_PassesUnscanned(string path, string expected)
    {
        // Each value is planted: it would change if its field were scanned.
        var scrubber = new FakeScrubber(("high", "W"), ("system", "W"));

        JsonAt.String(Rewrite(Body, scrubber), path).Should().Be(expected);
    }

    [Theory]
    [InlineData("model", "[[W_1]]-r1:8b")]
    [InlineData("keep_alive", "[[W_3]]")]
    [InlineData("messages[2].tool_calls[0].id", "call_[[W_2]]")]
    public void RewriteRequest_OpenEndedVocabulary_Scanned(string path, string expected)
    {
        // Ids and model names are scanned alone as the walk meets them, so they are numbered before joined texts.
        var scrubber = new FakeScrubber(("deepseek", "W"), ("5m", "W"), ("lyywui55", "W"));

        JsonAt.String(Rewrite(Body, scrubber), path).Should().Be(expected);
    }

    [Fact]
    public void RewriteRequest_OptionNumbers_PassAsNumbersWhenClean()
    {
        string output = Rewrite(Body, new FakeScrubber());

        JsonAt.Node(output, "options.temperature")!.GetValue<double>().Should().Be(0.7);
        JsonAt.Node(output, "options.num_ctx")!.GetValue<int>().Should().Be(8192);
        JsonAt.Node(output, "options.seed")!.GetValue<int>().Should().Be(42);
    }

    [Fact]
    public void RewriteRequest_OptionNumberHoldingFinding_LeavesAsPlaceholder()
    {
        string output = Rewrite(Body, new FakeScrubber(("8192", "W")));

        JsonAt.String(output, "options.num_ctx").Should().Be("[[W_1]]");
    }

    [Fact]
    public void RewriteRequest_StringArguments_ScannedAsJsonDocument()
    {
        string output = Rewrite("""{"messages":[{"role":"assistant","tool_calls":[{"function":{"name":"f","arguments":"{\"to\":\"{EMAIL}\"}"}}]}]}""");

        JsonAt.String(JsonAt.String(output, "messages[0].tool_calls[0].function.arguments")!, "to").Masked().Should().Be("[[EMAIL_1]]".Masked());
    }

    [Fact]
    public void RewriteRequest_NoFindings_OutputIsByteIdentical()
    {
        const string body = "{ \"model\" : \"llama3\",\n \"messages\": [ {\"role\":\"user\", \"content\":\"caf\\u00e9 \\/ \\\"q\\\" 北京 😀\", \"images\": []},\n" +
            " {\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"f\",\"arguments\":{\"a\":1.50,\"b\":[null,true]}}}]} ],\n" +
            " \"options\": {\"temperature\": 0.70, \"stop\": [\"\\n\"]}, \"format\": \"json\", \"think\": false, \"stream\": false }\n";
        var input = Encoding.UTF8.GetBytes(body);

        var output = OllamaChatProtocol.Instance.RewriteRequest(input, Secrets.Scrubber(), RequestRewriteOptions.Default);

        output.Should().Equal(input);
    }

    [Fact]
    public void RewriteRequest_SameValueAcrossMessages_SamePlaceholderNumberedInDocumentOrder()
    {
        var scrubber = new FakeScrubber((Secrets.Email, "EMAIL"), ("bob@example.org", "EMAIL"));

        string output = Rewrite(
            """{"messages":[{"role":"user","content":"a {EMAIL}"},{"role":"assistant","thinking":"b bob@example.org","content":"c {EMAIL}"}]}""",
            scrubber);

        JsonAt.String(output, "messages[0].content").Masked().Should().Be("a [[EMAIL_1]]".Masked());
        JsonAt.String(output, "messages[1].thinking").Should().Be("b [[EMAIL_2]]");
        JsonAt.String(output, "messages[1].content").Masked().Should().Be("c [[EMAIL_1]]".Masked());
    }
}
