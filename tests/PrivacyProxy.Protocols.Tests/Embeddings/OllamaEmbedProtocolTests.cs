using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Embeddings;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Embeddings;

/// <summary>Ollama embeddings (<c>/api/embed</c>, <c>/api/embeddings</c>): inputs scrubbed, vectors untouched.</summary>
public sealed class OllamaEmbedProtocolTests
{
    private static string Rewrite(string body, FakeScrubber? scrubber = null) =>
        Encoding.UTF8.GetString(OllamaEmbedProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), scrubber ?? Secrets.Scrubber(), RequestRewriteOptions.Default));

    [Theory]
    [InlineData("""{"model":"nomic-embed-text","input":"mail {EMAIL}"}""", "input", "mail [[EMAIL_1]]")]
    [InlineData("""{"model":"m","input":["x","card {CARD}"],"truncate":true}""", "input[1]", "card [[CREDIT_CARD_1]]")]
    [InlineData("""{"model":"m","prompt":"key {KEY}"}""", "prompt", "key [[API_KEY_1]]")]
    [InlineData("""{"model":"m","input":"x","options":{"num_ctx":2048,"stop":["{EMAIL}"]}}""", "options.stop[0]", "[[EMAIL_1]]")]
    public void RewriteRequest_Inputs_Scrubbed(string body, string path, string expected)
    {
        string output = Rewrite(body);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, path).Masked().Should().Be(expected.Masked());
    }

    [Fact]
    public void RewriteRequest_OpenEndedVocabulary_Scanned()
    {
        string output = Rewrite("""{"model":"nomic-embed-text","keep_alive":"10m","input":"x"}""", new FakeScrubber(("nomic", "W"), ("10m", "W")));

        JsonAt.String(output, "model").Should().Be("[[W_1]]-embed-text");
        JsonAt.String(output, "keep_alive").Should().Be("[[W_2]]");
    }

    [Fact]
    public void RewriteRequest_Malformed_400InOllamaShape()
    {
        var act = () => Rewrite("{\"input\":");

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(400);
        JsonNode.Parse(ErrorBodies.Create(OllamaEmbedProtocol.Instance.Errors, error))!["error"]!.GetValue<string>().Should().Be(error.Message);
    }

    [Fact]
    public void Transform_Response_PassesUnchanged()
    {
        var body = Encoding.UTF8.GetBytes("{\"model\":\"m\",\"embeddings\":[[0.01,-0.02]],\"total_duration\":1}");

        Transform.Run(OllamaEmbedProtocol.Instance.CreateResponseTransformer("application/json", Sessions.Issued()), body, [2]).Should().Equal(body);
    }
}
