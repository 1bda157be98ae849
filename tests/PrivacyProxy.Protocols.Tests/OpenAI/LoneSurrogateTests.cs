using System.Text;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>Escaped unpaired surrogates are valid JSON: scanned and restored, never a crash.</summary>
public sealed class LoneSurrogateTests
{
    private const string Body = "{\"messages\":[{\"role\":\"user\",\"content\":\"a \\ud800 alice@example.com\"}]}";

    [Fact]
    public void RewriteRequest_EscapedLoneSurrogate_ScrubbedAndKeptEscaped()
    {
        var output = Encoding.UTF8.GetString(OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(Body), Secrets.Scrubber(), RequestRewriteOptions.Default));

        output.Masked().Should().Be("{\"messages\":[{\"role\":\"user\",\"content\":\"a \\uD800 [[EMAIL_1]]\"}]}".Masked());
    }

    [Fact]
    public void Transform_StreamEventWithLoneSurrogate_Restored()
    {
        string stream = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\\udc00 [[EMAIL_1]]\"}}]}\n\n";

        string output = Transform.RunText(OpenAIChatProtocol.Instance, "text/event-stream", Restorers.Default(), Encoding.UTF8.GetBytes(stream));

        output.Masked().Should().Be("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\\uDC00 alice@example.com\"}}]}\n\n".Masked());
    }
}
