using System.Text;
using System.Text.Json.Nodes;

namespace PrivacyProxy.Protocols.Tests;

/// <summary>Error bodies in each protocol's own envelope.</summary>
public sealed class ErrorBodiesTests
{
    [Fact]
    public void Create_OpenAI_DeepSeekEnvelope()
    {
        var body = JsonNode.Parse(ErrorBodies.Create(ErrorDialect.OpenAI, 415, "unscannable_content", "Field 'x' \"quoted\" 北京"))!;

        body["error"]!["message"]!.GetValue<string>().Should().Be("Field 'x' \"quoted\" 北京");
        body["error"]!["type"]!.GetValue<string>().Should().Be("invalid_request_error");
        body["error"]!["code"]!.GetValue<string>().Should().Be("unscannable_content");
        body["error"]!.AsObject().ContainsKey("param").Should().BeTrue();
        body["error"]!["param"].Should().BeNull();
    }

    [Theory]
    [InlineData(400, "invalid_request_error")]
    [InlineData(413, "request_too_large")]
    [InlineData(429, "rate_limit_error")]
    [InlineData(502, "api_error")]
    public void Create_Anthropic_TypedEnvelope(int status, string type)
    {
        var body = JsonNode.Parse(ErrorBodies.Create(ErrorDialect.Anthropic, status, "c", "m"))!;

        body["type"]!.GetValue<string>().Should().Be("error");
        body["error"]!["type"]!.GetValue<string>().Should().Be(type);
        body["error"]!["message"]!.GetValue<string>().Should().Be("m");
    }

    [Fact]
    public void Create_Ollama_ErrorString()
    {
        Encoding.UTF8.GetString(ErrorBodies.Create(ErrorDialect.Ollama, 400, "c", "bad body")).Should().Be("{\"error\":\"bad body\"}");
    }

    [Fact]
    public void Create_FromException_UsesItsStatusCodeAndMessage()
    {
        var error = new ProtocolException(413, ProtocolErrorCodes.RequestTooLarge, "too big");

        var body = JsonNode.Parse(ErrorBodies.Create(ErrorDialect.OpenAI, error))!;

        body["error"]!["code"]!.GetValue<string>().Should().Be("request_too_large");
        body["error"]!["message"]!.GetValue<string>().Should().Be("too big");
    }
}
