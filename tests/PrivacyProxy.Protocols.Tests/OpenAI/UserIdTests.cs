using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

public sealed class UserIdTests
{
    private const string Hash = "u_Zm9vYmFy-42";

    private static string Rewrite(string body, string? userId) => Encoding.UTF8.GetString(
        OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), Secrets.Scrubber(), new RequestRewriteOptions { UserId = userId }));

    [Theory]
    [InlineData("""{"model":"m","messages":[]}""", """{"model":"m","messages":[],"user_id":"u_Zm9vYmFy-42"}""")]
    [InlineData("""{}""", """{"user_id":"u_Zm9vYmFy-42"}""")]
    [InlineData("""{"user_id":"alice@example.com","model":"m"}""", """{"user_id":"u_Zm9vYmFy-42","model":"m"}""")]
    [InlineData("""{"model":"m","user_id":{"a":["alice@example.com"]}}""", """{"model":"m","user_id":"u_Zm9vYmFy-42"}""")]
    public void RewriteRequest_UserIdGiven_SetOrOverwritten(string body, string expected)
    {
        Rewrite(body, Hash).Should().Be(expected);
    }

    [Theory]
    [InlineData("""{"user_id":"alice@example.com","model":"m"}""", """{"model":"m"}""")]
    [InlineData("""{"model":"m", "user_id" : "alice@example.com" }""", """{"model":"m" }""")]
    [InlineData("""{"a":1,"user_id":"alice@example.com","b":2}""", """{"a":1,"b":2}""")]
    [InlineData("""{"user_id":"alice@example.com"}""", """{}""")]
    [InlineData("""{"user_id":1,"user_id":2}""", """{}""")]
    public void RewriteRequest_NoUserId_ClientValueRemoved(string body, string expected)
    {
        string output = Rewrite(body, null);

        output.Should().Be(expected);
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("alice@example.com")]
    [InlineData("")]
    public void RewriteRequest_InvalidUserId_Throws(string userId)
    {
        var act = () => Rewrite("{}", userId);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("""{"metadata":{"x":"alice@example.com"}}""", """{"metadata":{"x":"[[EMAIL_1]]","user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":{}}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"a":1}""", """{"a":1,"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":null}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":{"user_id":"alice@example.com"}}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    public void Rewrite_NestedIdentityPath_InsertedOrReplaced(string body, string expected)
    {
        var output = JsonRequestScrubber.Rewrite(
            Encoding.UTF8.GetBytes(body), JsonShape.FreeForm, new IdentityField("metadata", "user_id"), Secrets.Scrubber(),
            new RequestRewriteOptions { UserId = Hash });

        Encoding.UTF8.GetString(output).Should().Be(expected);
    }
}
