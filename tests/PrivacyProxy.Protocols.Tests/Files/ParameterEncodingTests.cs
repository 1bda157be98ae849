using System.Text;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>Encoded parameter values are decoded for the scanner and written back in their own encoding; unsafe output is refused.</summary>
public sealed class ParameterEncodingTests
{
    private const string ContentType = "multipart/form-data; boundary=bnd";

    private static string Rewrite(string disposition, ITextScrubber? scrubber = null)
    {
        var upload = new Upload("bnd").Part(disposition + "\r\nContent-Type: text/plain", "x"u8.ToArray());
        return Encoding.UTF8.GetString(FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), ContentType, scrubber ?? Planted.Session(), RequestRewriteOptions.Default));
    }

    private static string Percent(string text) => Uri.EscapeDataString(text);

    [Fact]
    public void RewriteMultipart_ExtendedFileNameOnly_DecodedScrubbedPercentEncoded()
    {
        string output = Rewrite($"Content-Disposition: form-data; name=\"file\"; filename*=UTF-8'en'{Percent($"\u00e4 {Secrets.Email}.txt")}");

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        Planted.AnyIn(Uri.UnescapeDataString(output)).Should().BeFalse("planted value leaked percent-encoded");
        output.Should().Contain("filename*=UTF-8'en'%C3%A4%20%5B%5BEMAIL_1%5D%5D.txt\r\n");
    }

    [Theory]
    [InlineData("B")]
    [InlineData("Q")]
    public void RewriteMultipart_EncodedWordFileName_DecodedScrubbedBase64(string encoding)
    {
        byte[] name = Encoding.UTF8.GetBytes($"{Secrets.Email} notes.txt");
        string word = encoding == "B"
            ? Convert.ToBase64String(name)
            : string.Concat(name.Select(b => b == (byte)' ' ? "_" : char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"={b:X2}"));

        string output = Rewrite($"Content-Disposition: form-data; name=\"file\"; filename=\"=?utf-8?{encoding}?{word}?=\"");

        string expected = Convert.ToBase64String("[[EMAIL_1]] notes.txt"u8.ToArray());
        output.Should().Contain($"filename=\"=?utf-8?B?{expected}?=\"\r\n");
    }

    [Fact]
    public void RewriteMultipart_EncodedWordWithoutFindings_ByteIdentical()
    {
        var upload = new Upload("bnd").Part("Content-Disposition: form-data; name=\"file\"; filename=\"=?utf-8?Q?caf=C3=A9.txt?=\"", "x"u8.ToArray());
        var body = upload.Build();

        FileUploadProtocol.OpenAI.RewriteMultipart(body, ContentType, Planted.Session(), RequestRewriteOptions.Default).Should().Equal(body);
    }

    [Fact]
    public void RewriteMultipart_OtherParameterAndHeader_Removed()
    {
        var upload = new Upload("bnd").Part(
            $"Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"; owner=\"{Secrets.Email}\"\r\nX-Client-Note: by {Secrets.Card}", "x"u8.ToArray());

        string output = Encoding.UTF8.GetString(FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), ContentType, Planted.Session(), RequestRewriteOptions.Default));

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        output.Should().Contain("Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nx\r\n")
            .And.NotContain("owner").And.NotContain("X-Client-Note", "parameters and headers no files API defines stay behind");
    }

    [Theory]
    [InlineData("a\"b")]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("ends with backslash\\")]
    public void RewriteMultipart_ScrubberOutputUnsafeInHeader_Refused400(string replacement)
    {
        var act = () => Rewrite("Content-Disposition: form-data; name=\"file\"; filename=\"the secret\"", new ReplacingScrubber("secret", replacement));

        act.Should().Throw<ProtocolException>().Which.Message.Should().Contain("could not be written back safely");
    }

    [Fact]
    public void RewriteMultipart_ScrubberOutputContainsDelimiter_Refused400()
    {
        var upload = new Upload("bnd").TextFile("a.txt", "a secret here");

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(
            upload.Build(), ContentType, new ReplacingScrubber("secret", "\r\n--bnd\r\n"), RequestRewriteOptions.Default);

        act.Should().Throw<ProtocolException>().Which.Message.Should().Contain("would contain the boundary");
    }

    /// <summary>A scrubber that replaces one literal, to drive the rewriter's safety checks.</summary>
    private sealed class ReplacingScrubber(string find, string replacement) : ITextScrubber
    {
        public string Scrub(string text) => text.Replace(find, replacement, StringComparison.Ordinal);
    }
}
