using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>Ollama bodies that cannot be read, or images that cannot be scanned, are refused in Ollama's error shape.</summary>
public sealed class OllamaRequestRejectionTests
{
    public static TheoryData<string> Protocols() => new() { "chat", "generate" };

    private static IWireProtocol Protocol(string name) =>
        name == "chat" ? OllamaChatProtocol.Instance : OllamaGenerateProtocol.Instance;

    private static ProtocolException Reject(IWireProtocol protocol, string body, RequestRewriteOptions? options = null)
    {
        var act = () => protocol.RewriteRequest(Encoding.UTF8.GetBytes(Secrets.Fill(body)), Secrets.Scrubber(), options ?? RequestRewriteOptions.Default);
        return act.Should().Throw<ProtocolException>().Which;
    }

    [Theory]
    [InlineData("chat", "{\"messages\":[{\"content\":\"{EMAIL}\"}]")]
    [InlineData("chat", "{\"messages\":[],}")]
    [InlineData("generate", "{\"prompt\":\"{EMAIL}\"} {\"prompt\":\"{EMAIL}\"}")]
    [InlineData("generate", "{'prompt':'{EMAIL}'}")]
    [InlineData("generate", "[\"{EMAIL}\"]")]
    [InlineData("chat", "")]
    public void RewriteRequest_Malformed_400InOllamaErrorShape(string protocolName, string body)
    {
        var protocol = Protocol(protocolName);

        var error = Reject(protocol, body);
        var errorBody = Encoding.UTF8.GetString(ErrorBodies.Create(protocol.Errors, error));

        error.StatusCode.Should().Be(400);
        protocol.Errors.Should().Be(ErrorDialect.Ollama);
        JsonNode.Parse(errorBody)!.AsObject().Select(p => p.Key).Should().Equal("error");
        JsonNode.Parse(errorBody)!["error"]!.GetValue<string>().Should().Be(error.Message);
        errorBody.Contains(Secrets.Email, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
    }

    [Theory]
    [InlineData("chat", """{"messages":[{"role":"user","content":"look","images":["iVBORw0KGgoAAAANSUhEUg=="]}]}""", "messages[0].images[0]")]
    [InlineData("chat", """{"messages":[{"role":"user","images":"iVBORw0KGgo="}]}""", "messages[0].images")]
    [InlineData("generate", """{"prompt":"look","images":["iVBORw0KGgoAAAANSUhEUg=="]}""", "images[0]")]
    public void RewriteRequest_InlineImages_RefusedNamingTheField(string protocolName, string body, string field)
    {
        var protocol = Protocol(protocolName);

        var error = Reject(protocol, body);

        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        error.Message.Should().Contain($"'{field}'");
        JsonNode.Parse(ErrorBodies.Create(protocol.Errors, error))!["error"]!.GetValue<string>().Should().Contain(field);
    }

    [Theory]
    [InlineData("chat", """{"messages":[{"role":"user","content":"mail {EMAIL}","images":["iVBORw0KGgo="]}]}""", "messages[0].content")]
    [InlineData("generate", """{"prompt":"mail {EMAIL}","images":["iVBORw0KGgo="]}""", "prompt")]
    public void RewriteRequest_ImagesAllowed_ForwardedAndTextStillScrubbed(string protocolName, string body, string textPath)
    {
        var output = Encoding.UTF8.GetString(Protocol(protocolName).RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), Secrets.Scrubber(), new RequestRewriteOptions { Media = MediaHandling.Forward }));

        output.Should().Contain("\"iVBORw0KGgo=\"");
        JsonAt.String(output, textPath).Masked().Should().Be("mail [[EMAIL_1]]".Masked());
    }
}
