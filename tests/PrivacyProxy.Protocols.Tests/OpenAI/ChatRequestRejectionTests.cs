using System.Text;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>Bodies the walker cannot read, or media it cannot scan, are refused without quoting the body.</summary>
public sealed class ChatRequestRejectionTests
{
    private static ProtocolException Reject(byte[] body, RequestRewriteOptions? options = null)
    {
        var act = () => OpenAIChatProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), options ?? RequestRewriteOptions.Default);
        return act.Should().Throw<ProtocolException>().Which;
    }

    private static ProtocolException Reject(string body) => Reject(Encoding.UTF8.GetBytes(Secrets.Fill(body)));

    [Theory]
    [InlineData("{\"messages\":[{\"content\":\"{EMAIL}\"}]")]
    [InlineData("{\"messages\":[],}")]
    [InlineData("{\"messages\":[] /* {EMAIL} */}")]
    [InlineData("{\"messages\":[]} {EMAIL}")]
    [InlineData("{'messages':'{EMAIL}'}")]
    [InlineData("")]
    [InlineData("   ")]
    public void RewriteRequest_MalformedJson_400WithoutBodyContent(string body)
    {
        var error = Reject(body);

        error.StatusCode.Should().Be(400);
        error.Code.Should().Be("invalid_request_error");
        error.Message.Contains(Secrets.Email, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
    }

    [Theory]
    [InlineData("[{\"content\":\"x\"}]")]
    [InlineData("\"{EMAIL}\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void RewriteRequest_NonObjectRoot_400(string body)
    {
        var error = Reject(body);

        error.StatusCode.Should().Be(400);
        error.Message.Should().Contain("JSON object");
    }

    [Fact]
    public void RewriteRequest_InvalidUtf8_400()
    {
        var body = Encoding.UTF8.GetBytes("{\"messages\":[{\"content\":\"ab\"}]}");
        body[^5] = 0xC3; // a lead byte followed by an ASCII byte

        var error = Reject(body);

        error.StatusCode.Should().Be(400);
        error.Message.Should().Contain("UTF-8");
    }

    [Theory]
    [InlineData(65, true)]
    [InlineData(64, false)]
    public void RewriteRequest_Nesting_RejectedBeyond64Levels(int depth, bool rejected)
    {
        string body = "{\"x\":" + new string('[', depth - 1) + new string(']', depth - 1) + "}";
        var act = () => OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), Secrets.Scrubber(), RequestRewriteOptions.Default);

        if (rejected)
        {
            act.Should().Throw<ProtocolException>().Which.Message.Should().Contain("64");
        }
        else
        {
            act.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]}]}""", "messages[0].content[0].image_url.url")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":"iVBORw0KGgo="}]}]}""", "messages[0].content[0].image_url")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"file","file_data":"data:image/jpeg;base64,/9j/4AAQ","filename":"a.jpg"}]}]}""", "messages[0].content[0].file_data")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"file","file":{"file_data":"JVBERi0x"}}]}]}""", "messages[0].content[0].file.file_data")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}}]}]}""", "messages[0].content[0].input_audio.data")]
    public void RewriteRequest_InlineMedia_RefusedNamingTheField(string body, string path)
    {
        var error = Reject(body);

        error.StatusCode.Should().Be(415);
        error.Code.Should().Be("unscannable_content");
        error.Message.Should().Contain(path);
        error.Message.Should().NotContain("base64").And.NotContain("iVBOR").And.NotContain("UklGRg");
    }

    [Fact]
    public void RewriteRequest_InlineMediaAllowed_ForwardedUnchanged()
    {
        var body = Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]}]}""");

        var output = OpenAIChatProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), new RequestRewriteOptions { Media = MediaHandling.Forward });

        output.Should().Equal(body);
    }

    [Fact]
    public void RewriteRequest_EscapedRemoteUrl_ScannedAsText()
    {
        const string body = """{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https:\/\/x.example\/?m=alice@example.com"}}]}]}""";

        var output = Encoding.UTF8.GetString(OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), Secrets.Scrubber(), RequestRewriteOptions.Default));

        JsonAt.String(output, "messages[0].content[0].image_url.url").Masked().Should().Be("https://x.example/?m=[[EMAIL_1]]".Masked());
    }
}
