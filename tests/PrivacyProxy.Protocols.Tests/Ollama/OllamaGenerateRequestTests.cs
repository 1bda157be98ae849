using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>Ollama generate requests: prompt, suffix, system, template and stop are scrubbed; context token ids are refused.</summary>
public sealed class OllamaGenerateRequestTests
{
    private const string Body = """
        {"model":"deepseek-coder","prompt":"def f(): # {EMAIL}","suffix":"return '{KEY}'","system":"You help {EMAIL}",
         "template":"{{ .System }} {CARD} {{ .Prompt }}","raw":false,"images":[],
         "format":"json","options":{"num_predict":128,"stop":["{CARD}"]},"keep_alive":0,"think":true,"stream":true}
        """;

    private static string Rewrite(string body, FakeScrubber? scrubber = null) =>
        Encoding.UTF8.GetString(OllamaGenerateProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), scrubber ?? Secrets.Scrubber(), RequestRewriteOptions.Default));

    [Fact]
    public void RewriteRequest_AllGenerateTextFields_NoPlantedValueLeaves()
    {
        string output = Rewrite(Body);

        Secrets.AnyIn(output.Replace("4111111111111111,", string.Empty, StringComparison.Ordinal)).Should().BeFalse("planted value leaked");
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("prompt", "def f(): # [[EMAIL_1]]")]
    [InlineData("suffix", "return '[[API_KEY_1]]'")]
    [InlineData("system", "You help [[EMAIL_1]]")]
    [InlineData("template", "{{ .System }} [[CREDIT_CARD_1]] {{ .Prompt }}")]
    [InlineData("options.stop[0]", "[[CREDIT_CARD_1]]")]
    public void RewriteRequest_TextField_ReplacedByPlaceholder(string path, string expected)
    {
        JsonAt.String(Rewrite(Body), path).Masked().Should().Be(expected.Masked());
    }

    [Fact]
    public void RewriteRequest_ContextTokens_RefusedAsUnscannable()
    {
        // Token ids cannot be scanned: a card number could be hidden in them (issue 7, item 8).
        var refusal = Assert.Throws<ProtocolException>(() => Rewrite("""{"prompt":"p","context":[1,4111111111111111,3]}"""));

        refusal.StatusCode.Should().Be(415);
        refusal.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
    }

    [Fact]
    public void RewriteRequest_ContextTokensWithMediaAllowed_PassUnchanged()
    {
        byte[] input = Encoding.UTF8.GetBytes("""{"prompt":"p","context":[1,2,3]}""");

        byte[] output = OllamaGenerateProtocol.Instance.RewriteRequest(
            input, Secrets.Scrubber(), RequestRewriteOptions.Default with { Media = MediaHandling.Forward });

        output.Should().Equal(input);
    }

    [Fact]
    public void RewriteRequest_VocabularyInGrammar_PassesUnscanned()
    {
        var scrubber = new FakeScrubber(("high", "W"));

        string output = Rewrite("""{"model":"deepseek-coder","think":"high","prompt":"p"}""", scrubber);

        JsonAt.String(output, "think").Should().Be("high");
    }

    [Fact]
    public void RewriteRequest_NoFindings_OutputIsByteIdentical()
    {
        var input = Encoding.UTF8.GetBytes("{\"model\":\"m\", \"prompt\":\"x \\u00e9\\n\",\"options\":{\"temperature\":1e-1}}\r\n");

        OllamaGenerateProtocol.Instance.RewriteRequest(input, Secrets.Scrubber(), RequestRewriteOptions.Default).Should().Equal(input);
    }
}
