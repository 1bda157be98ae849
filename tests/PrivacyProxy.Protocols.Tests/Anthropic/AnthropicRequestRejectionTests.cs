using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>Malformed bodies fail closed, and the host renders the refusal in Anthropic's error envelope.</summary>
public sealed class AnthropicRequestRejectionTests
{
    public static TheoryData<IWireProtocol> Protocols() => [AnthropicMessagesProtocol.Instance, AnthropicCountTokensProtocol.Instance];

    private static ProtocolException Reject(IWireProtocol protocol, byte[] body)
    {
        var act = () => protocol.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default);
        return act.Should().Throw<ProtocolException>().Which;
    }

    [Theory]
    [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":\"{EMAIL}\"}]")]
    [InlineData("{\"messages\":[{\"content\":[{\"type\":\"text\",\"text\":\"{EMAIL}\"},]}]}")]
    [InlineData("{\"messages\":[{\"content\":[{\"type\":\"text\" \"text\":\"{EMAIL}\"}]}]}")]
    [InlineData("{\"system\":\"{EMAIL}\"} trailing")]
    [InlineData("[{\"role\":\"user\",\"content\":\"{EMAIL}\"}]")]
    [InlineData("")]
    public void RewriteRequest_Malformed_400InvalidRequest(string body)
    {
        foreach (var protocol in new IWireProtocol[] { AnthropicMessagesProtocol.Instance, AnthropicCountTokensProtocol.Instance })
        {
            var error = Reject(protocol, Encoding.UTF8.GetBytes(Secrets.Fill(body)));

            error.StatusCode.Should().Be(400);
            error.Code.Should().Be(ProtocolErrorCodes.InvalidRequest);
            error.Message.Contains(Secrets.Email, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
        }
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void RewriteRequest_InvalidUtf8_400(IWireProtocol protocol)
    {
        var body = Encoding.UTF8.GetBytes("{\"messages\":[{\"role\":\"user\",\"content\":\"ab\"}]}");
        body[^5] = 0xC3;

        Reject(protocol, body).StatusCode.Should().Be(400);
    }

    [Fact]
    public void RewriteRequest_DeeperThanLimit_400()
    {
        string input = new string('[', 100) + new string(']', 100);
        var body = Encoding.UTF8.GetBytes($$$"""{"messages":[{"role":"user","content":[{"type":"tool_use","id":"t","name":"n","input":{"a":{{{input}}}}}]}]}""");

        Reject(AnthropicMessagesProtocol.Instance, body).StatusCode.Should().Be(400);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void ErrorBodies_FromRefusal_AnthropicEnvelope(IWireProtocol protocol)
    {
        var error = Reject(protocol, Encoding.UTF8.GetBytes(Secrets.Fill("{\"system\":\"{EMAIL}\"")));

        var body = JsonNode.Parse(ErrorBodies.Create(protocol.Errors, error))!.AsObject();

        protocol.Errors.Should().Be(ErrorDialect.Anthropic);
        body.Select(p => p.Key).Should().Equal("type", "error");
        body["type"]!.GetValue<string>().Should().Be("error");
        body["error"]!.AsObject().Select(p => p.Key).Should().Equal("type", "message");
        body["error"]!["type"]!.GetValue<string>().Should().Be("invalid_request_error");
        body["error"]!["message"]!.GetValue<string>().Should().Be(error.Message);
    }

    [Fact]
    public void ErrorBodies_FromMediaRefusal_AnthropicInvalidRequest()
    {
        var body = Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}}]}]}""");
        var error = Reject(AnthropicMessagesProtocol.Instance, body);

        var envelope = JsonNode.Parse(ErrorBodies.Create(ErrorDialect.Anthropic, error))!;

        envelope["type"]!.GetValue<string>().Should().Be("error");
        envelope["error"]!["type"]!.GetValue<string>().Should().Be("invalid_request_error");
        envelope["error"]!["message"]!.GetValue<string>().Should().Contain("messages[0].content[0].source.data");
    }
}
