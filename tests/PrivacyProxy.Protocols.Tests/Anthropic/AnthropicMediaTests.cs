using System.Text;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>Inline images and files cannot be scanned: refused unless the caller allows unscanned media; URLs are scanned.</summary>
public sealed class AnthropicMediaTests
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk";

    public static TheoryData<string> InlineMedia() => new()
    {
        $$$"""{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{{{Png}}}"}}""",
        $$$"""{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0xLjQK{{{Png}}}"}}""",
        $$$"""{"type":"image","source":{"data":"{{{Png}}}","media_type":"image/png","type":"base64"}}""",
        """{"type":"image","source":{"type":"url","url":"data:image/png;base64,iVBORw0KGgo="}}""",
        $$$"""{"type":"tool_result","tool_use_id":"t","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{{{Png}}}"}}]}""",
        $$$"""{"type":"document","source":{"type":"content","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{{{Png}}}"}}]}}""",
        $$$"""{"type":"document","source":{"type":"future","data":"{{{Png}}}"}}""",
    };

    private static byte[] Body(string block) =>
        Encoding.UTF8.GetBytes($$$"""{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"text","text":"see"},{{{block}}}]}]}""");

    [Theory]
    [MemberData(nameof(InlineMedia))]
    public void RewriteRequest_InlineMedia_Refused415(string block)
    {
        var act = () => AnthropicMessagesProtocol.Instance.RewriteRequest(Body(block), Secrets.Scrubber(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        error.Message.Should().Contain("messages[0].content[1]");
        error.Message.Contains("iVBOR", StringComparison.Ordinal).Should().BeFalse("the body is never quoted");
    }

    [Theory]
    [MemberData(nameof(InlineMedia))]
    public void RewriteRequest_InlineMediaAllowed_ForwardedByteIdentical(string block)
    {
        var body = Body(block);

        var output = AnthropicMessagesProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), new RequestRewriteOptions { Media = MediaHandling.Forward });

        output.Should().Equal(body);
    }

    [Theory]
    [InlineData("""{"type":"image","source":{"type":"url","url":"https://img.example/{EMAIL}.png"}}""", "messages[0].content[1].source.url")]
    [InlineData("""{"type":"document","source":{"type":"url","url":"https://doc.example/{CARD}.pdf"}}""", "messages[0].content[1].source.url")]
    [InlineData("""{"type":"document","source":{"type":"text","media_type":"text/plain","data":"{KEY}"}}""", "messages[0].content[1].source.data")]
    public void RewriteRequest_UrlOrTextSource_ScannedNotRefused(string block, string path)
    {
        var output = Encoding.UTF8.GetString(AnthropicMessagesProtocol.Instance.RewriteRequest(
            Body(Secrets.Fill(block)), Secrets.Scrubber(), RequestRewriteOptions.Default));

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, path)!.Contains("[[", StringComparison.Ordinal).Should().BeTrue();
    }

    [Fact]
    public void RewriteRequest_FileSource_IdPasses()
    {
        var body = Body("""{"type":"image","source":{"type":"file","file_id":"file_011CNha8iCJcU1wXNR6q4V8w"}}""");

        AnthropicMessagesProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default).Should().Equal(body);
    }
}
