using System.Text;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>
/// Input items are read by their <c>type</c>, wherever it sits in the item; an item whose type is unknown,
/// repeated or not a string is free-form, so even its vocabulary-looking fields are scanned.
/// </summary>
public sealed class ResponsesItemTypeTests
{
    // "completed" is planted: it survives only where the field is treated as vocabulary (an item status).
    private static string Rewrite(string body) => Encoding.UTF8.GetString(
        OpenAIResponsesProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), new FakeScrubber(("completed", "W")), RequestRewriteOptions.Default));

    [Theory]
    [InlineData("""{"input":[{"type":"reasoning","status":"completed"}]}""")]
    [InlineData("""{"input":[{"status":"completed","summary":[{"type":"summary_text","text":"x"}],"type":"reasoning"}]}""")]
    [InlineData("""{"input":[{"t\u0079pe":"reasoning","status":"completed"}]}""")]
    [InlineData("""{"input":[{"type":"function_call","call_id":"c","status":"completed","arguments":"{}"}]}""")]
    [InlineData("""{"input":[{"status":"completed","role":"user","content":"hi"}]}""")]
    public void RewriteRequest_KnownType_VocabularyPasses(string body)
    {
        Rewrite(body).Should().Be(body);
    }

    [Theory]
    [InlineData("""{"input":[{"type":"future_item","status":"completed"}]}""")]
    [InlineData("""{"input":[{"type":"reasoning","type":"future_item","status":"completed"}]}""")]
    [InlineData("""{"input":[{"type":"reasoning","status":"completed","type":"reasoning"}]}""")]
    [InlineData("""{"input":[{"type":5,"status":"completed"}]}""")]
    [InlineData("""{"input":[{"type":{"k":"reasoning"},"status":"completed"}]}""")]
    [InlineData("""{"input":[{"type":"message","content":[{"type":"future_part","status":"completed"}]}]}""")]
    [InlineData("""{"input":[{"type":"message","content":[{"status":"completed","text":"untyped part"}]}]}""")]
    public void RewriteRequest_UnknownOrAmbiguousType_ScannedFreeForm(string body)
    {
        string output = Rewrite(body);

        output.Should().NotContain("completed").And.Contain("[[W_1]]");
    }

    [Fact]
    public void RewriteRequest_UnknownItemType_NamesAndNestedValuesScanned()
    {
        string output = Rewrite("""{"input":[{"type":"completed_call","completed":{"call_id":["completed"]}}]}""");

        output.Should().Be("""{"input":[{"type":"[[W_1]]_call","[[W_1]]":{"call_id":["[[W_1]]"]}}]}""");
    }

    [Fact]
    public void RewriteRequest_TypeAfterNestedContent_ContentReadAsItsType()
    {
        string output = Rewrite("""{"input":[{"content":[{"text":"completed","type":"input_text"}],"status":"completed","type":"message"}]}""");

        output.Should().Be("""{"input":[{"content":[{"text":"[[W_1]]","type":"input_text"}],"status":"completed","type":"message"}]}""");
    }

    [Fact]
    public void RewriteRequest_MalformedItem_400()
    {
        var act = () => Rewrite("""{"input":[{"type":"message","content":[}]}""");

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("""{"user":"{EMAIL}","model":"m"}""", "h-1", """{"user":"h-1","model":"m"}""")]
    [InlineData("""{"model":"m"}""", "h-1", """{"model":"m","user":"h-1"}""")]
    [InlineData("""{"model":"m","user":"{EMAIL}"}""", null, """{"model":"m"}""")]
    public void RewriteRequest_User_ReplacedByProxyIdOrRemoved(string body, string? userId, string expected)
    {
        string output = Encoding.UTF8.GetString(OpenAIResponsesProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), Secrets.Scrubber(), new RequestRewriteOptions { UserId = userId }));

        output.Masked().Should().Be(expected.Masked());
    }
}
