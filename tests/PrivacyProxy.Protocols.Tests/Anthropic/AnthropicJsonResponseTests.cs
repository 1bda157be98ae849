using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>Non-streamed Messages: every block restored (tool input JSON-escaped), opaque data and errors untouched.</summary>
public sealed class AnthropicJsonResponseTests
{
    private const string Message = """
        {"id":"msg_1","type":"message","role":"assistant","model":"deepseek-v4-pro","content":[
         {"type":"thinking","thinking":"Customer [[PERSON_1]] at [[PASSWORD_1]]","signature":"sig[[EMAIL_1]]"},
         {"type":"redacted_thinking","data":"[[EMAIL_1]]"},
         {"type":"text","text":"Hello [[PERSON_1]], mail [[EMAIL_1]]","citations":null},
         {"type":"tool_use","id":"toolu_1","name":"send","input":{"to":"[[EMAIL_1]]","who":"[[PERSON_1]]","path":"[[PASSWORD_1]]","city":"[[CITY_1]]","[[PERSON_1]]":["x [[CITY_1]]",1]}},
         {"type":"server_tool_use","id":"srvtoolu_1","name":"web_search","input":{"query":"[[PERSON_1]] news"}}],
         "stop_reason":"stop_sequence","stop_sequence":"[[EMAIL_1]]","usage":{"input_tokens":1,"output_tokens":2}}
        """;

    private static string Run(string body, string mediaType = "application/json", int[]? chunks = null) =>
        Transform.RunText(AnthropicMessagesProtocol.Instance, mediaType, AnthropicSessions.Issued(), Encoding.UTF8.GetBytes(body), chunks);

    [Fact]
    public void Transform_Message_TextAndThinkingRestored()
    {
        string output = Run(Message, chunks: [5, 1, 17]);

        JsonAt.String(output, "content[0].thinking").Masked().Should().Be($"Customer {Restorers.PersonValue} at C:\\Users\\alice".Masked());
        JsonAt.String(output, "content[2].text").Masked().Should().Be($"Hello {Restorers.PersonValue}, mail {Secrets.Email}".Masked());
        JsonAt.String(output, "stop_sequence").Masked().Should().Be(Secrets.Email.Masked());
    }

    [Fact]
    public void Transform_ToolInput_ValuesWithQuotesAndBackslashesRestoredAsJson()
    {
        var input = JsonAt.Node(Run(Message), "content[3].input")!.AsObject();

        input["to"]!.GetValue<string>().Masked().Should().Be(Secrets.Email.Masked());
        input["who"]!.GetValue<string>().Masked().Should().Be(Restorers.PersonValue.Masked());
        input["path"]!.GetValue<string>().Masked().Should().Be("C:\\Users\\alice".Masked());
        (input["city"]!.GetValue<string>() == AnthropicSessions.City).Should().BeTrue("the city is restored with its quotes and backslash");
        input.ContainsKey(Restorers.PersonValue).Should().BeTrue("keys are restored too");
        (input[Restorers.PersonValue]![0]!.GetValue<string>() == "x " + AnthropicSessions.City).Should().BeTrue("nested values are restored");
        input[Restorers.PersonValue]![1]!.GetValue<int>().Should().Be(1);
        JsonAt.String(Run(Message), "content[4].input.query").Masked().Should().Be($"{Restorers.PersonValue} news".Masked());
    }

    [Fact]
    public void Transform_OpaqueFields_Unchanged()
    {
        string output = Run(Message);

        JsonAt.String(output, "content[0].signature").Should().Be("sig[[EMAIL_1]]");
        JsonAt.String(output, "content[1].data").Should().Be("[[EMAIL_1]]");
        JsonAt.String(output, "content[3].id").Should().Be("toolu_1");
        JsonNode.Parse(output)!["usage"]!.ToJsonString().Should().Be("{\"input_tokens\":1,\"output_tokens\":2}");
    }

    [Theory]
    [InlineData("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad [[EMAIL_1]]\"}}")]
    [InlineData("{\"type\":\"message\",\"content\":[{\"type\":\"text\",\"text\":\"no placeholders \\u00e9 \\\"q\\\"\"}],  \"stop_sequence\":null}")]
    [InlineData("{\"type\":\"message\",\"content\":[{\"type\":\"text\",\"text\":\"[[EMAIL_9]] is not issued\"}]}")]
    [InlineData("not json [[EMAIL_1]]")]
    [InlineData("{\"input_tokens\":12}")]
    public void Transform_NothingToRestore_BytesUnchanged(string body)
    {
        Run(body).Masked().Should().Be(body.Masked());
    }

    [Fact]
    public void Transform_LeadingKeepAliveWhitespace_ForwardedAndBodyRestored()
    {
        string output = Run("\n\n" + Message);

        output.StartsWith("\n\n{", StringComparison.Ordinal).Should().BeTrue("leading whitespace goes out first");
        JsonAt.String(output.TrimStart(), "content[2].text").Masked().Should().Be($"Hello {Restorers.PersonValue}, mail {Secrets.Email}".Masked());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public void Transform_OtherContentType_PassesUnchanged(string? mediaType)
    {
        Run(Message, mediaType!).Masked().Should().Be(Message.Masked());
    }
}
