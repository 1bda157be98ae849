using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>Ollama chat responses: content, thinking and whole tool calls restored in NDJSON and in one JSON object.</summary>
public sealed class OllamaChatResponseTests
{
    private const string Ndjson = "application/x-ndjson";

    private static string Line(string message, bool done = false, string extra = "") =>
        $"{{\"model\":\"deepseek-r1:8b\",\"created_at\":\"t\",\"message\":{message},\"done\":{(done ? "true" : "false")}{extra}}}\n";

    private static string Run(string stream, string mediaType = Ndjson, int[]? chunks = null) =>
        Transform.RunText(OllamaChatProtocol.Instance, mediaType, Sessions.Issued(), Encoding.UTF8.GetBytes(stream), chunks);

    [Fact]
    public void Transform_Fixture_ClientSeesRestoredThinkingContentAndArguments()
    {
        var output = OllamaClientReference.Read(Transform.RunText(OllamaChatProtocol.Instance, Ndjson, Sessions.Issued(), Fixture.Bytes("ollama/chat-stream.ndjson")), chat: true);

        output.Field("thinking").Masked().Should().Be($"User asks about {Restorers.PersonValue}.".Masked());
        output.Field("content").Masked().Should().Be($"Hi {Restorers.PersonValue}".Masked());
        output.ToolCalls.Should().ContainSingle();
        output.ToolCalls[0]["id"]!.GetValue<string>().Should().Be("call_lyywui55");
        output.ToolCalls[0]["function"]!["arguments"]!["email"]!.GetValue<string>().Masked().Should().Be(Secrets.Email.Masked());
        output.Lines.Should().HaveCount(5);
    }

    [Fact]
    public void Transform_Fixture_LinesWithoutPlaceholdersByteIdentical()
    {
        var input = Encoding.UTF8.GetString(Fixture.Bytes("ollama/chat-stream.ndjson")).Split('\n');

        var output = Transform.RunText(OllamaChatProtocol.Instance, Ndjson, Sessions.Issued(), Fixture.Bytes("ollama/chat-stream.ndjson")).Split('\n');

        output.Should().HaveCount(input.Length);
        output[4].Should().Be(input[4], "the done line has nothing held back and no placeholder");
        output[^1].Should().BeEmpty("the last newline is kept");
    }

    [Fact]
    public void Transform_PlaceholderEndsInDoneLine_HeldBackTextPrependedToItsContent()
    {
        string output = Run(Line("""{"role":"assistant","content":"Hi [[PERSON_1"}""") + Line("""{"role":"assistant","content":"]]!"}""", done: true, ",\"eval_count\":2"));

        var lines = output.Split('\n');
        JsonAt.String(lines[0], "message.content").Should().Be("Hi ");
        JsonAt.String(lines[1], "message.content").Masked().Should().Be($"{Restorers.PersonValue}!".Masked());
        JsonAt.Node(lines[1], "eval_count")!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public void Transform_DoneLineWithoutFields_HeldBackTextAddedAsFields()
    {
        string output = Run(
            Line("""{"role":"assistant","content":"","thinking":"think [[EMA"}""") +
            Line("""{"role":"assistant","content":"see [["}""") +
            Line("""{"role":"assistant"}""", done: true));

        var done = output.Split('\n')[2];
        JsonAt.String(done, "message.thinking").Should().Be("[[EMA", "an unfinished placeholder is released as it was");
        JsonAt.String(done, "message.content").Should().Be("[[", "\"see \" was released with its own line");
        JsonAt.Node(done, "done")!.GetValue<bool>().Should().BeTrue();
    }

    [Theory]
    [InlineData(",\"message\":null")]
    [InlineData("")]
    public void Transform_DoneLineWithoutMessageObject_MessageAdded(string message)
    {
        string output = Run(Line("""{"role":"assistant","content":"x [[PERSON_1"}""") + $"{{\"model\":\"m\"{message},\"done\":true}}\n");

        var done = output.Split('\n')[1];
        JsonAt.String(done, "message.role").Should().Be("assistant");
        JsonAt.String(done, "message.content").Should().Be("[[PERSON_1");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public void Transform_StreamEndsWithoutDone_SyntheticLineInLastEnvelope(string lastNewline)
    {
        string stream = Line("""{"role":"assistant","content":"Hi [[PERSON_1]] [[PERS"}""") + Line("""{"role":"assistant","content":"ON_1","thinking":"[[EMAIL_1"}""").TrimEnd('\n') + lastNewline;

        var output = OllamaClientReference.Read(Run(stream), chat: true);

        output.Lines.Should().HaveCount(3);
        output.Field("content").Masked().Should().Be($"Hi {Restorers.PersonValue} [[PERSON_1".Masked());
        output.Field("thinking").Should().Be("[[EMAIL_1");
        output.Lines[2]["model"]!.GetValue<string>().Should().Be("deepseek-r1:8b");
        output.Lines[2]["created_at"]!.GetValue<string>().Should().Be("t");
        output.Lines[2]["done"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Transform_ErrorLineAfterHeldBackText_TextReleasedBeforeErrorLineUnchanged()
    {
        const string error = "{\"error\":\"model [[PERSON_1]] crashed\"}\n";
        string output = Run(Line("""{"role":"assistant","content":"a [[PERSON_1]] b [[PER"}""") + error);

        var lines = output.Split('\n');
        lines.Should().HaveCount(4);
        JsonAt.String(lines[1], "message.content").Should().Be("[[PER");
        (lines[2] + "\n").Should().Be(error);
        lines[3].Should().BeEmpty();
    }

    [Fact]
    public void Transform_ToolCallArgumentsWithQuotesAndBackslashes_RestoredAsValidJson()
    {
        string stream = Line("""{"role":"assistant","content":"","tool_calls":[{"function":{"name":"write","arguments":{"path":"[[PASSWORD_1]]\\notes","who":"[[PERSON_1]]","[[EMAIL_1]]":["[[PERSON_1]] \"q\"",1,null]}}}]}""");

        string output = Run(stream);

        var arguments = JsonNode.Parse(output)!["message"]!["tool_calls"]![0]!["function"]!["arguments"]!;
        arguments["path"]!.GetValue<string>().Masked().Should().Be("C:\\Users\\alice\\notes".Masked());
        arguments["who"]!.GetValue<string>().Masked().Should().Be(Restorers.PersonValue.Masked());
        arguments[Secrets.Email]![0]!.GetValue<string>().Masked().Should().Be($"{Restorers.PersonValue} \"q\"".Masked());
        arguments[Secrets.Email]![1]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Transform_StringArguments_RestoredInsideTheJsonString()
    {
        string output = Run(Line("""{"role":"assistant","content":"","tool_calls":[{"function":{"name":"f","arguments":"{\"who\":\"[[PERSON_1]]\"}"}}]}"""));

        string arguments = JsonAt.String(output, "message.tool_calls[0].function.arguments")!;
        JsonAt.String(arguments, "who").Masked().Should().Be(Restorers.PersonValue.Masked());
    }

    [Fact]
    public void Transform_NonStreamedJson_AllFieldsRestored()
    {
        string body = "{\"model\":\"m\",\"created_at\":\"t\",\"message\":{\"role\":\"assistant\",\"content\":\"Hi [[PERSON_1]]\",\"thinking\":\"mail [[EMAIL_1]]\"," +
            "\"tool_calls\":[{\"function\":{\"name\":\"f\",\"arguments\":{\"to\":\"[[EMAIL_1]]\"}}}]},\"done\":true,\"done_reason\":\"stop\"}";

        string output = Run("\n" + body, "application/json; charset=utf-8", [3, 9]);

        output[0].Should().Be('\n');
        JsonAt.String(output, "message.content").Masked().Should().Be($"Hi {Restorers.PersonValue}".Masked());
        JsonAt.String(output, "message.thinking").Masked().Should().Be($"mail {Secrets.Email}".Masked());
        JsonAt.String(output, "message.tool_calls[0].function.arguments.to").Masked().Should().Be(Secrets.Email.Masked());
        JsonAt.String(output, "done_reason").Should().Be("stop");
    }

    [Theory]
    [InlineData("application/json", "{\"error\":\"model '[[PERSON_1]]' not found\"}")]
    [InlineData("application/json", "not json [[PERSON_1]]")]
    [InlineData("text/plain", "[[PERSON_1]]")]
    [InlineData(Ndjson, "[\"[[PERSON_1]]\"]\nnot json [[PERSON_1]]\n\n  \n")]
    public void Transform_ErrorsAndUnknownBodies_PassUnchanged(string mediaType, string body)
    {
        Run(body, mediaType, [1, 2]).Should().Be(body);
    }
}
