using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary><c>metadata.user_id</c> is always the proxy's keyed id: set, overwritten, or the client's removed.</summary>
public sealed class AnthropicUserIdTests
{
    private const string Hash = "u_Zm9vYmFy-42";

    private static string Rewrite(IWireProtocol protocol, string body, string? userId) => Encoding.UTF8.GetString(
        protocol.RewriteRequest(Encoding.UTF8.GetBytes(Secrets.Fill(body)), Secrets.Scrubber(), new RequestRewriteOptions { UserId = userId }));

    [Theory]
    [InlineData("""{"model":"m","messages":[]}""", """{"model":"m","messages":[],"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":{}}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":{"user_id":"{EMAIL}"},"model":"m"}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"},"model":"m"}""")]
    [InlineData("""{"metadata":{"tag":"{CARD}","user_id":["{EMAIL}"]}}""", """{"metadata":{"tag":"[[CREDIT_CARD_1]]","user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":{"tag":"a"}}""", """{"metadata":{"tag":"a","user_id":"u_Zm9vYmFy-42"}}""")]
    public void RewriteRequest_UserIdGiven_SetOrOverwritten(string body, string expected)
    {
        Rewrite(AnthropicMessagesProtocol.Instance, body, Hash).Masked().Should().Be(expected.Masked());
    }

    [Theory]
    [InlineData("""{"metadata":{"user_id":"{EMAIL}"},"model":"m"}""", """{"metadata":{},"model":"m"}""")]
    [InlineData("""{"model":"m","metadata":{"tag":"a", "user_id" : "{EMAIL}" }}""", """{"model":"m","metadata":{"tag":"a" }}""")]
    [InlineData("""{"model":"m"}""", """{"model":"m"}""")]
    public void RewriteRequest_NoUserId_ClientValueRemoved(string body, string expected)
    {
        string output = Rewrite(AnthropicMessagesProtocol.Instance, body, null);

        output.Masked().Should().Be(expected.Masked());
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("""{"model":"m","messages":[]}""", """{"model":"m","messages":[]}""")]
    [InlineData("""{"metadata":{"user_id":"{EMAIL}"},"model":"m"}""", """{"metadata":{},"model":"m"}""")]
    public void CountTokens_UserIdGiven_ClientValueRemovedNoneInserted(string body, string expected)
    {
        Rewrite(AnthropicCountTokensProtocol.Instance, body, Hash).Masked().Should().Be(expected.Masked());
    }
}
