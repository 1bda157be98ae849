using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>Responses requests: instructions, every input item type, tools and options are scrubbed; vocabulary passes.</summary>
public sealed class ResponsesRequestScrubbingTests
{
    // Every item type of protocols.md 1.14 and 2.3, each text-bearing field carrying a planted value.
    private const string Body = """
        {"model":"deepseek-v4-flash","instructions":"You help {EMAIL}",
         "input":[
          {"role":"user","content":"untyped {PERSON}"},
          {"type":"message","role":"developer","content":"dev note {KEY}"},
          {"type":"message","role":"user","content":[{"type":"input_text","text":"card {CARD}"},{"type":"input_image","image_url":"https://img.example/a.png?u={EMAIL}","detail":"high"},{"type":"input_file","file_id":"file-1","filename":"{PERSON}.pdf"}]},
          {"type":"message","role":"assistant","id":"msg_1","status":"completed","phase":"final_answer","content":[{"type":"output_text","text":"Hi {PERSON}","annotations":[{"type":"url_citation","url":"https://x.example/?m={EMAIL}","title":"t"}]},{"type":"refusal","refusal":"no {CARD}"}]},
          {"type":"reasoning","id":"rs_1","content":[{"type":"reasoning_text","text":"think {EMAIL}"}],"summary":[{"type":"summary_text","text":"sum {KEY}"}],"encrypted_content":"gAAAA-opaque"},
          {"type":"function_call","id":"fc_1","call_id":"call_1","name":"lookup_{EMAIL}","arguments":"{\"card\":\"{CARD}\",\"n\":1}","status":"completed"},
          {"type":"function_call_output","call_id":"call_1","output":"row {PERSON}"},
          {"type":"function_call_output","call_id":"call_2","output":[{"type":"input_text","text":"part {EMAIL}"}]},
          {"type":"custom_tool_call","call_id":"call_3","name":"apply_patch","input":"*** Begin Patch\n+key {KEY}\n"},
          {"type":"custom_tool_call_output","call_id":"call_3","output":"patched for {EMAIL}"},
          {"type":"web_search_call","id":"ws_1","status":"completed","action":{"type":"search","query":"{PERSON} address"}},
          {"type":"future_item","id":"{EMAIL}","status":"{CARD}","payload":{"note":"{KEY}"}}
         ],
         "tools":[{"type":"function","name":"lookup","description":"Finds {PERSON}","parameters":{"type":"object","properties":{"{EMAIL}":{"type":"string"}}},"strict":true},
                  {"type":"custom","name":"apply_patch","description":"patch","format":{"type":"grammar","syntax":"lark","definition":"start: '{KEY}'"}}],
         "text":{"format":{"type":"json_schema","name":"out","schema":{"type":"object","description":"for {EMAIL}"},"strict":true}},
         "metadata":{"owner":"{EMAIL}"},
         "prompt_cache_key":"cache-{EMAIL}",
         "user":"{EMAIL}",
         "reasoning":{"effort":"high","summary":"auto"},
         "include":["reasoning.encrypted_content"],
         "stream":true,"store":false,"max_output_tokens":4096,"temperature":0.2,"top_p":1,"tool_choice":"auto",
         "parallel_tool_calls":true,"truncation":"disabled","service_tier":"auto","previous_response_id":"resp_0"}
        """;

    private static string Fill(string template) => Secrets.Fill(template).Replace("{PERSON}", Secrets.Person, StringComparison.Ordinal);

    private static string Rewrite(string body, FakeScrubber? scrubber = null, RequestRewriteOptions? options = null) =>
        Encoding.UTF8.GetString(OpenAIResponsesProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Fill(body)), scrubber ?? Secrets.Scrubber(), options ?? RequestRewriteOptions.Default));

    [Fact]
    public void Protocol_Identity_NameAndDialect()
    {
        OpenAIResponsesProtocol.Instance.Name.Should().Be("openai-responses");
        OpenAIResponsesProtocol.Instance.Errors.Should().Be(ErrorDialect.OpenAI);
    }

    [Fact]
    public void RewriteRequest_EveryItemType_NoPlantedValueLeaves()
    {
        string output = Rewrite(Body);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("instructions", "You help [[EMAIL_1]]")]
    [InlineData("input[0].content", "untyped [[PERSON_1]]")]
    [InlineData("input[1].content", "dev note [[API_KEY_1]]")]
    [InlineData("input[2].content[0].text", "card [[CREDIT_CARD_1]]")]
    [InlineData("input[2].content[1].image_url", "https://img.example/a.png?u=[[EMAIL_1]]")]
    [InlineData("input[2].content[2].filename", "[[PERSON_1]].pdf")]
    [InlineData("input[3].content[0].text", "Hi [[PERSON_1]]")]
    [InlineData("input[3].content[0].annotations[0].url", "https://x.example/?m=[[EMAIL_1]]")]
    [InlineData("input[3].content[1].refusal", "no [[CREDIT_CARD_1]]")]
    [InlineData("input[4].content[0].text", "think [[EMAIL_1]]")]
    [InlineData("input[4].summary[0].text", "sum [[API_KEY_1]]")]
    [InlineData("input[5].name", "lookup_[[EMAIL_1]]")]
    [InlineData("input[5].arguments", "{\"card\":\"[[CREDIT_CARD_1]]\",\"n\":1}")]
    [InlineData("input[6].output", "row [[PERSON_1]]")]
    [InlineData("input[7].output[0].text", "part [[EMAIL_1]]")]
    [InlineData("input[8].input", "*** Begin Patch\n+key [[API_KEY_1]]\n")]
    [InlineData("input[9].output", "patched for [[EMAIL_1]]")]
    [InlineData("input[10].action.query", "[[PERSON_1]] address")]
    [InlineData("input[11].id", "[[EMAIL_1]]")]
    [InlineData("input[11].status", "[[CREDIT_CARD_1]]")]
    [InlineData("input[11].payload.note", "[[API_KEY_1]]")]
    [InlineData("tools[0].description", "Finds [[PERSON_1]]")]
    [InlineData("tools[1].format.definition", "start: '[[API_KEY_1]]'")]
    [InlineData("text.format.schema.description", "for [[EMAIL_1]]")]
    [InlineData("metadata.owner", "[[EMAIL_1]]")]
    [InlineData("prompt_cache_key", "cache-[[EMAIL_1]]")]
    [InlineData("input[3].id", "msg_1")]
    [InlineData("previous_response_id", "resp_0")]
    public void RewriteRequest_TextField_ReplacedByPlaceholder(string path, string expected)
    {
        string output = Rewrite(Body);

        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Fact]
    public void RewriteRequest_ToolParameterNames_Scanned()
    {
        string output = Rewrite(Body);

        JsonAt.Node(output, "tools[0].parameters.properties.{[[EMAIL_1]]}.type")!.GetValue<string>().Should().Be("string");
    }

    [Theory]
    [InlineData("input[1].role", "developer")]
    [InlineData("input[2].content[1].detail", "high")]
    [InlineData("input[3].phase", "final_answer")]
    [InlineData("input[4].encrypted_content", "gAAAA-opaque")]
    [InlineData("input[5].status", "completed")]
    [InlineData("reasoning.effort", "high")]
    [InlineData("include[0]", "reasoning.encrypted_content")]
    [InlineData("truncation", "disabled")]
    [InlineData("text.format.type", "json_schema")]
    [InlineData("tools[1].format.syntax", "lark")]
    [InlineData("tool_choice", "auto")]
    [InlineData("service_tier", "auto")]
    public void RewriteRequest_ProtocolVocabulary_PassesUnscanned(string path, string expected)
    {
        // Each expected value contains a planted word: it would change if its field were scanned.
        var scrubber = new FakeScrubber(
            ("developer", "W"), ("high", "W"), ("final_answer", "W"), ("completed", "W"), ("encrypted_content", "W"), ("disabled", "W"),
            ("json_schema", "W"), ("lark", "W"), ("auto", "W"));

        string output = Rewrite(Body, scrubber);

        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Fact]
    public void RewriteRequest_SameValueAcrossItems_SamePlaceholderNumberedInDocumentOrder()
    {
        const string body = """{"instructions":"i {KEY}","input":[{"role":"user","content":"a {EMAIL}"},{"type":"function_call_output","call_id":"c","output":"b bob@example.org {EMAIL}"}]}""";
        var scrubber = new FakeScrubber((Secrets.Email, "EMAIL"), ("bob@example.org", "EMAIL"), (Secrets.ApiKey, "API_KEY"));

        string output = Rewrite(body, scrubber);

        JsonAt.String(output, "input[0].content").Masked().Should().Be("a [[EMAIL_1]]".Masked());
        JsonAt.String(output, "input[1].output").Masked().Should().Be("b [[EMAIL_2]] [[EMAIL_1]]".Masked());
    }

    [Fact]
    public void RewriteRequest_NoFindings_OutputIsByteIdentical()
    {
        const string body = "{ \"model\" : \"m\",\n \"instructions\":\"caf\\u00e9 \\/\",\n \"input\": [ {\"type\":\"reasoning\", \"encrypted_content\":\"Zm9v\", \"summary\":[]},\n" +
            " {\"role\":\"user\", \"content\":[{\"type\":\"input_text\",\"text\":\"\\\"q\\\" 北京 😀\"}]},\n {\"type\":\"function_call\",\"call_id\":\"c\",\"name\":\"f\",\"arguments\":\"{\\\"a\\\": [1, 2.50]}\"} ],\n" +
            " \"temperature\": 0.70, \"x\": [true,false,null] }\n";
        var input = Encoding.UTF8.GetBytes(body);

        var output = OpenAIResponsesProtocol.Instance.RewriteRequest(input, Secrets.Scrubber(), RequestRewriteOptions.Default);

        output.Should().Equal(input);
    }

    [Fact]
    public void RewriteRequest_InputAsString_Scrubbed()
    {
        string output = Rewrite("""{"model":"m","input":"mail {EMAIL}","stream":true}""");

        output.Masked().Should().Be("""{"model":"m","input":"mail [[EMAIL_1]]","stream":true}""".Masked());
    }

    [Fact]
    public void RewriteRequest_EmbeddedArguments_InnerKeysAndValuesScrubbedStillJson()
    {
        string output = Rewrite("""{"input":[{"type":"function_call","call_id":"c","name":"f","arguments":"{\"{EMAIL}\":{\"note\":\"say \\\"hi\\\"\",\"who\":\"{PERSON}\"}}"}]}""");
        string arguments = JsonAt.String(output, "input[0].arguments")!;

        Secrets.AnyIn(arguments).Should().BeFalse("planted value leaked");
        JsonAt.String(arguments, "{[[EMAIL_1]]}.who").Masked().Should().Be("[[PERSON_1]]".Masked());
        JsonAt.String(arguments, "{[[EMAIL_1]]}.note").Should().Be("say \"hi\"");
    }
}
