using System.Text;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

public sealed class CompletionsRequestTests
{
    [Theory]
    [InlineData("""{"model":"deepseek-v4-flash","prompt":"key = 'sk-live-51HxQ2eZvKYlo2C0aIiXyZ'","suffix":"# alice@example.com","max_tokens":64}""", "prompt", "key = '[[API_KEY_1]]'")]
    [InlineData("""{"model":"m","prompt":"x","suffix":"# alice@example.com"}""", "suffix", "# [[EMAIL_1]]")]
    [InlineData("""{"model":"m","prompt":["a","card 4111111111111111"]}""", "prompt[1]", "card [[CREDIT_CARD_1]]")]
    [InlineData("""{"model":"m","prompt":"x","stop":["alice@example.com"]}""", "stop[0]", "[[EMAIL_1]]")]
    public void RewriteRequest_FimFields_Scrubbed(string body, string path, string expected)
    {
        var output = Encoding.UTF8.GetString(
            OpenAICompletionsProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), Secrets.Scrubber(), RequestRewriteOptions.Default));

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, path).Should().Be(expected);
    }

    [Fact]
    public void RewriteRequest_FimNoFindings_ByteIdentical()
    {
        var body = Encoding.UTF8.GetBytes("""{"model":"deepseek-v4-flash", "prompt":"def add(a, b):\n    ","suffix":"\n    return c","echo":false}""");

        OpenAICompletionsProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default).Should().Equal(body);
    }
}
