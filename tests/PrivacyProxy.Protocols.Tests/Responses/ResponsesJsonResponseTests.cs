using System.Text;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>Non-streamed Responses bodies: every output text is restored, arguments JSON-escaped, the rest untouched.</summary>
public sealed class ResponsesJsonResponseTests
{
    private const string Body = """
        {"id":"resp_1","object":"response","status":"completed","model":"deepseek-v4-flash",
         "output":[
          {"type":"reasoning","id":"rs_1","content":[{"type":"reasoning_text","text":"User [[PERSON_1]]"}],"summary":[{"type":"summary_text","text":"sum [[EMAIL_1]]"}],"encrypted_content":"[[EMAIL_1]]"},
          {"type":"message","id":"msg_1","role":"assistant","phase":"final_answer","content":[{"type":"output_text","text":"Hi [[PERSON_1]] [[EMAIL_7]]","annotations":[]},{"type":"refusal","refusal":"not [[EMAIL_1]]"}]},
          {"type":"function_call","id":"fc_1","call_id":"c","name":"send","arguments":"{\"dir\":\"[[PASSWORD_1]]\",\"who\":\"[[PERSON_1]]\"}"},
          {"type":"custom_tool_call","id":"ct_1","call_id":"c2","name":"apply_patch","input":"+ [[PASSWORD_1]]"}
         ],
         "output_text":"Hi [[PERSON_1]]","usage":{"input_tokens":1,"output_tokens":2}}
        """;

    private static string Run(string body, string mediaType = "application/json") =>
        Transform.RunText(OpenAIResponsesProtocol.Instance, mediaType, Sessions.Issued(), Encoding.UTF8.GetBytes(body), [3, 1, 50]);

    [Theory]
    [InlineData("output[0].content[0].text", "User {PERSON}")]
    [InlineData("output[0].summary[0].text", "sum {EMAIL}")]
    [InlineData("output[1].content[0].text", "Hi {PERSON} [[EMAIL_7]]")]
    [InlineData("output[1].content[1].refusal", "not {EMAIL}")]
    [InlineData("output[3].input", "+ {PATH}")]
    [InlineData("output_text", "Hi {PERSON}")]
    [InlineData("output[0].encrypted_content", "[[EMAIL_1]]")]
    public void Rewrite_ResponseObject_TextRestored(string path, string expected)
    {
        string output = Run(Body);

        JsonAt.String(output, path).Masked().Should().Be(Expand(expected).Masked());
    }

    [Fact]
    public void Rewrite_FunctionCallArguments_RestoredAsJsonInsideString()
    {
        string arguments = JsonAt.String(Run(Body), "output[2].arguments")!;

        JsonAt.String(arguments, "dir").Masked().Should().Be(Expand("{PATH}").Masked());
        JsonAt.String(arguments, "who").Masked().Should().Be(Expand("{PERSON}").Masked());
    }

    [Fact]
    public void Rewrite_UntouchedParts_KeepTheirBytes()
    {
        string output = Run(Body);

        output.Masked().Should().StartWith("{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"completed\",\"model\":\"deepseek-v4-flash\",\n");
        output.Masked().Should().EndWith("\"usage\":{\"input_tokens\":1,\"output_tokens\":2}}");
    }

    [Theory]
    [InlineData("{\"error\":{\"message\":\"bad [[EMAIL_1]]\",\"type\":\"invalid_request_error\"}}")]
    [InlineData("{\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"plain\"}]}]}")]
    [InlineData("not json [[EMAIL_1]]")]
    public void Rewrite_NothingToRestore_ByteIdentical(string body)
    {
        Run(body).Masked().Should().Be(body);
    }

    [Fact]
    public void Rewrite_LeadingKeepAliveWhitespace_ForwardedFirst()
    {
        string output = Run("\n\n\n{\"output_text\":\"[[EMAIL_1]]\"}");

        output.Masked().Should().Be(("\n\n\n{\"output_text\":\"" + Secrets.Email + "\"}").Masked());
    }

    [Fact]
    public void CreateResponseTransformer_OtherMediaType_PassesThrough()
    {
        Run("[[EMAIL_1]]", "text/plain").Masked().Should().Be("[[EMAIL_1]]");
    }

    private static string Expand(string text) => text
        .Replace("{PERSON}", Restorers.PersonValue, StringComparison.Ordinal)
        .Replace("{EMAIL}", Secrets.Email, StringComparison.Ordinal)
        .Replace("{PATH}", "C:\\Users\\alice", StringComparison.Ordinal);
}
