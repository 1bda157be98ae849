using System.Text;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>FIM completions requests: prompt (string or array), suffix and stop are scrubbed.</summary>
public sealed class CompletionsRequestTests
{
    [Theory]
    [InlineData("""{"model":"deepseek-v4-flash","prompt":"key = '{KEY}'","suffix":"# {EMAIL}","max_tokens":64}""", "prompt", "key = '[[API_KEY_1]]'")]
    [InlineData("""{"model":"m","prompt":"x","suffix":"# {EMAIL}"}""", "suffix", "# [[EMAIL_1]]")]
    [InlineData("""{"model":"m","prompt":["a","card {CARD}"]}""", "prompt[1]", "card [[CREDIT_CARD_1]]")]
    [InlineData("""{"model":"m","prompt":"x","stop":["{EMAIL}"]}""", "stop[0]", "[[EMAIL_1]]")]
    public void RewriteRequest_FimFields_Scrubbed(string body, string path, string expected)
    {
        var output = Encoding.UTF8.GetString(
            OpenAICompletionsProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(Secrets.Fill(body)), Secrets.Scrubber(), RequestRewriteOptions.Default));

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Fact]
    public void RewriteRequest_FimNoFindings_ByteIdentical()
    {
        var body = Encoding.UTF8.GetBytes("""{"model":"deepseek-v4-flash", "prompt":"def add(a, b):\n    ","suffix":"\n    return c","echo":false}""");

        OpenAICompletionsProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default).Should().Equal(body);
    }
}
