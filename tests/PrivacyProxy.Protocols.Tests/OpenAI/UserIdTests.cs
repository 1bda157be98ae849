using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>The user-isolation id is always the proxy's: set, overwritten, or the client's removed.</summary>
public sealed class UserIdTests
{
    private const string Hash = "u_Zm9vYmFy-42";

    private static string Rewrite(string body, string? userId) => Encoding.UTF8.GetString(
        OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(Secrets.Fill(body)), Secrets.Scrubber(), new RequestRewriteOptions { UserId = userId is null ? null : Secrets.Fill(userId) }));

    [Theory]
    [InlineData("""{"model":"m","messages":[]}""", """{"model":"m","messages":[],"user_id":"u_Zm9vYmFy-42"}""")]
    [InlineData("""{}""", """{"user_id":"u_Zm9vYmFy-42"}""")]
    [InlineData("""{"user_id":"{EMAIL}","model":"m"}""", """{"user_id":"u_Zm9vYmFy-42","model":"m"}""")]
    [InlineData("""{"model":"m","user_id":{"a":["{EMAIL}"]}}""", """{"model":"m","user_id":"u_Zm9vYmFy-42"}""")]
    public void RewriteRequest_UserIdGiven_SetOrOverwritten(string body, string expected)
    {
        Rewrite(body, Hash).Masked().Should().Be(expected.Masked());
    }

    [Theory]
    [InlineData("""{"user_id":"{EMAIL}","model":"m"}""", """{"model":"m"}""")]
    [InlineData("""{"model":"m", "user_id" : "{EMAIL}" }""", """{"model":"m" }""")]
    [InlineData("""{"a":1,"user_id":"{EMAIL}","b":2}""", """{"a":1,"b":2}""")]
    [InlineData("""{"user_id":"{EMAIL}"}""", """{}""")]
    [InlineData("""{"user_id":1,"user_id":2}""", """{}""")]
    public void RewriteRequest_NoUserId_ClientValueRemoved(string body, string expected)
    {
        string output = Rewrite(body, null);

        output.Masked().Should().Be(expected.Masked());
        JsonNode.Parse(output).Should().NotBeNull();
    }

    [Theory]
    [InlineData("{EMAIL}")]
    [InlineData("")]
    public void RewriteRequest_InvalidUserId_Throws(string userId)
    {
        var act = () => Rewrite("{}", userId);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("""{"metadata":{"x":"{EMAIL}"}}""", """{"metadata":{"x":"[[EMAIL_1]]","user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":{}}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"a":1}""", """{"a":1,"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":null}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    [InlineData("""{"metadata":{"user_id":"{EMAIL}"}}""", """{"metadata":{"user_id":"u_Zm9vYmFy-42"}}""")]
    public void Rewrite_NestedIdentityPath_InsertedOrReplaced(string body, string expected)
    {
        var output = JsonRequestScrubber.Rewrite(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), JsonShape.FreeForm, new IdentityField("metadata", "user_id"), Secrets.Scrubber(),
            new RequestRewriteOptions { UserId = Hash });

        Encoding.UTF8.GetString(output).Masked().Should().Be(expected.Masked());
    }
}
