using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Embeddings;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Embeddings;

/// <summary>OpenAI embeddings: text inputs scrubbed, token inputs refused unless allowed, <c>user</c> replaced, vectors untouched.</summary>
public sealed class OpenAIEmbeddingsProtocolTests
{
    private static readonly RequestRewriteOptions AllowTokens = new() { Media = MediaHandling.Forward };

    private static string Rewrite(string body, RequestRewriteOptions? options = null, FakeScrubber? scrubber = null) =>
        Encoding.UTF8.GetString(OpenAIEmbeddingsProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), scrubber ?? Secrets.Scrubber(), options ?? RequestRewriteOptions.Default));

    private static ProtocolException Reject(string body, RequestRewriteOptions? options = null)
    {
        var act = () => Rewrite(body, options);
        return act.Should().Throw<ProtocolException>().Which;
    }

    [Theory]
    [InlineData("""{"model":"text-embedding-3-small","input":"mail {EMAIL}"}""", "input", "mail [[EMAIL_1]]")]
    [InlineData("""{"model":"m","input":["a","key {KEY}","mail {EMAIL}"]}""", "input[1]", "key [[API_KEY_1]]")]
    [InlineData("""{"model":"m","input":["a","key {KEY}","mail {EMAIL}"]}""", "input[2]", "mail [[EMAIL_1]]")]
    [InlineData("""{"model":"m","input":"x","x_unknown":{"n":"{CARD}"}}""", "x_unknown.n", "[[CREDIT_CARD_1]]")]
    public void RewriteRequest_TextInputs_Scrubbed(string body, string path, string expected)
    {
        string output = Rewrite(body);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Theory]
    [InlineData("""{"model":"m","input":[1,2,3]}""")]
    [InlineData("""{"model":"m","input":[[1,2],[3]]}""")]
    [InlineData("""{"model":"m","input":7}""")]
    public void RewriteRequest_TokenInputs_RefusedByDefault(string body)
    {
        var error = Reject(body);

        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        error.Message.Should().Contain("'input'");
    }

    [Fact]
    public void RewriteRequest_TokenInputsAllowed_PassUnchanged()
    {
        // 4111111111111111 is planted: token ids pass unscanned when allowed, so it must stay a number.
        const string body = """{"model":"m","input":[[1,4111111111111111],[3]],"encoding_format":"float"}""";
        var scrubber = Secrets.Scrubber();

        string output = Rewrite(body, AllowTokens, scrubber);

        output.Should().Be(body);
        scrubber.Calls.Should().Equal(["m"], "only the model name is scanned");
    }

    [Theory]
    [InlineData("""{"input":[1,"mail {EMAIL}"]}""")]
    [InlineData("""{"input":[[1,2],["a"]]}""")]
    [InlineData("""{"input":[1,{"a":"{EMAIL}"}]}""")]
    public void RewriteRequest_TextMixedWithTokens_Refused400EvenWhenAllowed(string body)
    {
        var error = Reject(body, AllowTokens);

        error.StatusCode.Should().Be(400);
        error.Message.Contains(Secrets.Email, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
    }

    [Theory]
    [InlineData("""{"model":"m","input":"x","user":"{EMAIL}"}""", "u_1", """{"model":"m","input":"x","user":"u_1"}""")]
    [InlineData("""{"model":"m","input":"x","user":"{EMAIL}"}""", null, """{"model":"m","input":"x"}""")]
    [InlineData("""{"model":"m","input":"x"}""", "u_1", """{"model":"m","input":"x","user":"u_1"}""")]
    public void RewriteRequest_User_ReplacedByProxyIdOrRemoved(string body, string? userId, string expected)
    {
        Rewrite(body, new RequestRewriteOptions { UserId = userId }).Masked().Should().Be(expected.Masked());
    }

    [Fact]
    public void RewriteRequest_NoFindings_ByteIdentical()
    {
        var input = Encoding.UTF8.GetBytes("{ \"model\":\"m\", \"input\": [\"caf\\u00e9\", \"北京\"], \"dimensions\": 256 }\n");

        OpenAIEmbeddingsProtocol.Instance.RewriteRequest(input, Secrets.Scrubber(), RequestRewriteOptions.Default).Should().Equal(input);
    }

    [Theory]
    [InlineData("{\"input\":\"{EMAIL}\"")]
    [InlineData("{\"input\":[1,2}")]
    [InlineData("[1,2]")]
    public void RewriteRequest_Malformed_400InOpenAIShape(string body)
    {
        var error = Reject(body);

        error.StatusCode.Should().Be(400);
        JsonNode.Parse(ErrorBodies.Create(OpenAIEmbeddingsProtocol.Instance.Errors, error))!["error"]!["code"]!.GetValue<string>()
            .Should().Be(ProtocolErrorCodes.InvalidRequest);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/event-stream")]
    public void Transform_Response_PassesUnchanged(string mediaType)
    {
        var body = Encoding.UTF8.GetBytes("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.1,-0.2]}],\"note\":\"[[PERSON_1]]\"}");

        Transform.Run(OpenAIEmbeddingsProtocol.Instance.CreateResponseTransformer(mediaType, Sessions.Issued()), body, [3, 1]).Should().Equal(body);
    }
}
