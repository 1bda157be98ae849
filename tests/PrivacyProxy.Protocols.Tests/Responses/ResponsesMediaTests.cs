using System.Text;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>Images and files cannot be scanned: inline data is refused unless the host allows it; URLs are scanned.</summary>
public sealed class ResponsesMediaTests
{
    private const string DataUrl = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static TheoryData<string> InlineMedia() => new()
    {
        """{"input":[{"role":"user","content":[{"type":"input_image","image_url":"DATA"}]}]}""",
        """{"input":[{"type":"message","role":"user","content":[{"type":"input_file","filename":"a.pdf","file_data":"DATA"}]}]}""",
        """{"input":[{"type":"function_call_output","call_id":"c","output":[{"type":"input_image","image_url":"DATA"}]}]}""",
        """{"input":[{"type":"message","role":"user","content":[{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}}]}]}""",
        """{"input":[{"content":[{"image_url":"DATA","type":"input_image"}],"type":"message"}]}""",
    };

    private static byte[] Body(string template) => Encoding.UTF8.GetBytes(template.Replace("DATA", DataUrl, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(InlineMedia))]
    public void RewriteRequest_InlineMedia_Refused415(string template)
    {
        var act = () => OpenAIResponsesProtocol.Instance.RewriteRequest(Body(template), Secrets.Scrubber(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        error.Message.Should().Contain("input[0]").And.NotContain("base64");
    }

    [Theory]
    [MemberData(nameof(InlineMedia))]
    public void RewriteRequest_InlineMediaAllowed_PassesUnchanged(string template)
    {
        var body = Body(template);

        var output = OpenAIResponsesProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), new RequestRewriteOptions { Media = MediaHandling.Forward });

        output.Should().Equal(body);
    }

    [Fact]
    public void RewriteRequest_ImageUrlHttps_ScannedAsText()
    {
        var body = Encoding.UTF8.GetBytes(Secrets.Fill("""{"input":[{"role":"user","content":[{"type":"input_image","image_url":"https://img.example/{EMAIL}.png"},{"type":"input_file","file_url":"https://f.example/?k={KEY}"}]}]}"""));

        string output = Encoding.UTF8.GetString(OpenAIResponsesProtocol.Instance.RewriteRequest(body, Secrets.Scrubber(), RequestRewriteOptions.Default));

        JsonAt.String(output, "input[0].content[0].image_url").Masked().Should().Be("https://img.example/[[EMAIL_1]].png".Masked());
        JsonAt.String(output, "input[0].content[1].file_url").Masked().Should().Be("https://f.example/?k=[[API_KEY_1]]".Masked());
    }
}
