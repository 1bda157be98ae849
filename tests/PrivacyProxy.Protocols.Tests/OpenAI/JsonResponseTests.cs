using System.Buffers;
using System.Text;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>Non-streamed responses: every choice restored; errors and unknown bodies pass unchanged.</summary>
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

        JsonAt.String(output, "choices[0].message.content").Masked().Should().Be("Hi Alice O\"Neil".Masked());
        JsonAt.String(output, "choices[0].message.reasoning_content").Masked().Should().Be("mail alice@example.com".Masked());
        JsonAt.String(output, "choices[1].message.refusal").Masked().Should().Be("No, Alice O\"Neil".Masked());
        string arguments = JsonAt.String(output, "choices[0].message.tool_calls[0].function.arguments")!;
        JsonAt.String(arguments, "to").Masked().Should().Be("Alice O\"Neil".Masked());
        JsonAt.String(arguments, "dir").Masked().Should().Be("C:\\Users\\alice".Masked());
    }

    [Fact]
    public void Transform_CompletionsText_Restored()
    {
        const string body = """{"object":"text_completion","choices":[{"index":0,"text":"x = '[[EMAIL_1]]'","finish_reason":"stop"},{"index":1,"text":"[[PERSON_1]]"}]}""";

        string output = Run(OpenAICompletionsProtocol.Instance, body);

        JsonAt.String(output, "choices[0].text").Masked().Should().Be("x = 'alice@example.com'".Masked());
        JsonAt.String(output, "choices[1].text").Masked().Should().Be("Alice O\"Neil".Masked());
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
        Encoding.UTF8.GetString(output.WrittenSpan).Masked().Should().Be("\n\n\n{\"choices\":[{\"message\":{\"content\":\"alice@example.com\"}}]}".Masked());
    }

    [Theory]
    [InlineData("""{"error":{"message":"bad [[EMAIL_1]]","type":"invalid_request_error","param":null,"code":"x"}}""", "application/json")]
    [InlineData("<html>502 [[EMAIL_1]]</html>", "application/json")]
    [InlineData("{\"choices\":[{\"message\":{\"content\":\"[[EMAIL_1]]\"", "application/json")]
    [InlineData("""{"choices":[{"message":{"content":"[[EMAIL_1]]"}}]}""", "text/plain")]
    public void Transform_ErrorsAndUnknownBodies_PassUnchanged(string body, string mediaType)
    {
        Run(OpenAIChatProtocol.Instance, body, mediaType).Masked().Should().Be(body.Masked());
    }
}
