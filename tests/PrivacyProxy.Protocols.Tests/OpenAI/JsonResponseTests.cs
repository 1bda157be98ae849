using System.Buffers;
using System.Text;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

public sealed class JsonResponseTests
{
    private static string Run(IWireProtocol protocol, string body, string mediaType = "application/json") =>
        Transform.RunText(protocol, mediaType, Restorers.Default(), Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Transform_ChatCompletion_RestoresEveryChoiceAndField()
    {
        const string body = """
            {"id":"1","object":"chat.completion","choices":[
             {"index":0,"message":{"role":"assistant","content":"Hi [[PERSON_1]]","reasoning_content":"mail [[EMAIL_1]]","tool_calls":[{"id":"c","type":"function","function":{"name":"send","arguments":"{\"to\":\"[[PERSON_1]]\",\"dir\":\"[[PATH_1]]\"}"}}]},"finish_reason":"tool_calls"},
             {"index":1,"message":{"role":"assistant","content":null,"refusal":"No, [[PERSON_1]]"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":1}}
            """;

        string output = Run(OpenAIChatProtocol.Instance, body);

        JsonAt.String(output, "choices[0].message.content").Should().Be("Hi Alice O\"Neil");
        JsonAt.String(output, "choices[0].message.reasoning_content").Should().Be("mail alice@example.com");
        JsonAt.String(output, "choices[1].message.refusal").Should().Be("No, Alice O\"Neil");
        string arguments = JsonAt.String(output, "choices[0].message.tool_calls[0].function.arguments")!;
        JsonAt.String(arguments, "to").Should().Be("Alice O\"Neil");
        JsonAt.String(arguments, "dir").Should().Be("C:\\Users\\alice");
    }

    [Fact]
    public void Transform_CompletionsText_Restored()
    {
        const string body = """{"object":"text_completion","choices":[{"index":0,"text":"x = '[[EMAIL_1]]'","finish_reason":"stop"},{"index":1,"text":"[[PERSON_1]]"}]}""";

        string output = Run(OpenAICompletionsProtocol.Instance, body);

        JsonAt.String(output, "choices[0].text").Should().Be("x = 'alice@example.com'");
        JsonAt.String(output, "choices[1].text").Should().Be("Alice O\"Neil");
    }

    [Theory]
    [InlineData("chat-nonstream-thinking.json")]
    [InlineData("chat-nonstream-queued.json")]
    public void Transform_FixtureWithoutPlaceholders_ByteIdentical(string fixture)
    {
        var input = Fixture.Bytes(fixture);

        var output = Transform.Run(OpenAIChatProtocol.Instance.CreateResponseTransformer("application/json; charset=utf-8", Restorers.Default()), input);

        output.Should().Equal(input);
    }

    [Fact]
    public void Transform_QueuedBlankLines_ForwardedBeforeTheBodyArrives()
    {
        var transformer = OpenAIChatProtocol.Instance.CreateResponseTransformer("application/json", Restorers.Default());
        var output = new ArrayBufferWriter<byte>();

        transformer.Transform("\n\n"u8, output);
        transformer.Transform("\n{\"choices\":[{\"message\":{\"content\":\"[[EMAIL_1]]\"}}]}"u8, output);
        int beforeComplete = output.WrittenCount;
        transformer.Complete(output);

        beforeComplete.Should().Be(3);
        Encoding.UTF8.GetString(output.WrittenSpan).Should().Be("\n\n\n{\"choices\":[{\"message\":{\"content\":\"alice@example.com\"}}]}");
    }

    [Theory]
    [InlineData("""{"error":{"message":"bad [[EMAIL_1]]","type":"invalid_request_error","param":null,"code":"x"}}""", "application/json")]
    [InlineData("<html>502 [[EMAIL_1]]</html>", "application/json")]
    [InlineData("{\"choices\":[{\"message\":{\"content\":\"[[EMAIL_1]]\"", "application/json")]
    [InlineData("""{"choices":[{"message":{"content":"[[EMAIL_1]]"}}]}""", "text/plain")]
    public void Transform_ErrorsAndUnknownBodies_PassUnchanged(string body, string mediaType)
    {
        Run(OpenAIChatProtocol.Instance, body, mediaType).Should().Be(body);
    }
}
