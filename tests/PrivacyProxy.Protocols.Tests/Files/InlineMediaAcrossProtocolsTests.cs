using System.Text;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>
/// Files and images inside messages: every JSON protocol refuses an inline PDF file part and an inline image with
/// 415 by default (the scanner cannot read them), and forwards them byte-identical when unscanned media is allowed.
/// </summary>
public sealed class InlineMediaAcrossProtocolsTests
{
    // A PDF whose text (an email address) sits where only a PDF reader would find it.
    private static readonly string Pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Author ({Secrets.Email}) >> endobj\n"));

    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static TheoryData<string, string, string> InlineMedia() => new()
    {
        // protocol, case, body (PDF and PNG stand for the base64 data)
        { "openai-chat", "nested file part", """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"read"},{"type":"file","file":{"filename":"a.pdf","file_data":"data:application/pdf;base64,PDF"}}]}]}""" },
        { "openai-chat", "flat DeepSeek file part", """{"model":"m","messages":[{"role":"user","content":[{"type":"file","file_data":"data:application/pdf;base64,PDF","filename":"a.pdf"}]}]}""" },
        { "openai-chat", "image_url", """{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,PNG","detail":"low"}}]}]}""" },
        { "anthropic-messages", "base64 document", """{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"PDF"}}]}]}""" },
        { "anthropic-messages", "data URL document", """{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"document","source":{"type":"url","url":"data:application/pdf;base64,PDF"}}]}]}""" },
        { "anthropic-messages", "base64 image", """{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"PNG"}}]}]}""" },
        { "openai-responses", "input_file", """{"model":"m","input":[{"role":"user","content":[{"type":"input_file","filename":"a.pdf","file_data":"data:application/pdf;base64,PDF"}]}]}""" },
        { "openai-responses", "input_image", """{"model":"m","input":[{"role":"user","content":[{"type":"input_image","image_url":"data:image/png;base64,PNG"}]}]}""" },
        { "ollama-chat", "PDF in images", """{"model":"m","messages":[{"role":"user","content":"read","images":["PDF"]}]}""" },
        { "ollama-chat", "image", """{"model":"m","messages":[{"role":"user","content":"see","images":["PNG"]}]}""" },
    };

    private static IWireProtocol Protocol(string name) => name switch
    {
        "openai-chat" => OpenAIChatProtocol.Instance,
        "anthropic-messages" => AnthropicMessagesProtocol.Instance,
        "openai-responses" => OpenAIResponsesProtocol.Instance,
        _ => OllamaChatProtocol.Instance,
    };

    private static byte[] Body(string template) =>
        Encoding.UTF8.GetBytes(template.Replace("PDF", Pdf, StringComparison.Ordinal).Replace("PNG", Png, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(InlineMedia))]
    public void RewriteRequest_InlineFileOrImage_Refused415(string protocol, string name, string template)
    {
        _ = name;
        var act = () => Protocol(protocol).RewriteRequest(Body(template), Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        Protocol(protocol).Name.Should().Be(protocol);
        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        error.Message.Contains("base64", StringComparison.Ordinal).Should().BeFalse("the message never quotes the data");
        error.Message.Contains(Pdf[..12], StringComparison.Ordinal).Should().BeFalse("the message never quotes the data");
    }

    [Theory]
    [MemberData(nameof(InlineMedia))]
    public void RewriteRequest_InlineFileOrImageAllowed_ForwardedByteIdentical(string protocol, string name, string template)
    {
        _ = name;
        var body = Body(template);

        var output = Protocol(protocol).RewriteRequest(body, Planted.Session(), new RequestRewriteOptions { Media = MediaHandling.Forward });

        output.Should().Equal(body);
    }

    [Theory]
    [InlineData("openai-chat", """{"model":"m","messages":[{"role":"user","content":[{"type":"file","file":{"filename":"{EMAIL}.pdf","file_data":"data:application/pdf;base64,PDF"}}]}]}""")]
    [InlineData("openai-responses", """{"model":"m","input":[{"role":"user","content":[{"type":"input_file","filename":"{EMAIL}.pdf","file_data":"data:application/pdf;base64,PDF"}]}]}""")]
    public void RewriteRequest_InlineFileAllowed_FileNameStillScrubbed(string protocol, string template)
    {
        var output = Encoding.UTF8.GetString(Protocol(protocol).RewriteRequest(
            Body(Secrets.Fill(template)), Planted.Session(), new RequestRewriteOptions { Media = MediaHandling.Forward }));

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        output.Should().Contain("[[EMAIL_1]].pdf").And.Contain(Pdf);
    }
}
