using System.Text;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>Malformed or ambiguous multipart bodies are refused with 400 before anything is forwarded.</summary>
public sealed class MultipartMalformedTests
{
    private const string Ok = "multipart/form-data; boundary=bnd";
    private const string File = "Content-Disposition: form-data; name=\"file\"; filename=\"{EMAIL}.txt\"\r\nContent-Type: text/plain";

    public static TheoryData<string, string, string> MalformedBodies() => new()
    {
        // case, expected message fragment, body template
        { "preamble", "must start with the boundary", $"preamble\r\n--bnd\r\n{File}\r\n\r\nx\r\n--bnd--\r\n" },
        { "not closed", "not closed by a boundary", $"--bnd\r\n{File}\r\n\r\nx {{CARD}}" },
        { "no parts", "has no parts", "--bnd--\r\n" },
        { "delimiter followed by garbage", "followed by something other", $"--bnd\r\n{File}\r\n\r\nx\r\n--bndX\r\n{File}\r\n\r\ny\r\n--bnd--\r\n" },
        { "first boundary followed by garbage", "followed by something other", $"--bndX\r\n{File}\r\n\r\nx\r\n--bnd--\r\n" },
        { "epilogue", "after the closing boundary", $"--bnd\r\n{File}\r\n\r\nx\r\n--bnd--\r\nepilogue {{EMAIL}}" },
        { "bare LF headers", "bare LF", $"--bnd\r\nContent-Disposition: form-data; name=\"file\"\nContent-Type: text/plain\r\n\r\nx\r\n--bnd--\r\n" },
        { "folded header", "not of the form 'Name: value'", "--bnd\r\nContent-Disposition: form-data; name=\"file\"\r\n\tfilename=\"{EMAIL}.txt\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "no headers", "no Content-Disposition", "--bnd\r\n\r\nx\r\n--bnd--\r\n" },
        { "headers not ended", "not ended by a blank line", "--bnd\r\nContent-Disposition: form-data; name=\"file\"\r\nx\r\n--bnd--\r\n" },
        { "no disposition", "no Content-Disposition", "--bnd\r\nContent-Type: text/plain\r\n\r\nx\r\n--bnd--\r\n" },
        { "no name", "no 'name' parameter", "--bnd\r\nContent-Disposition: form-data; filename=\"a.txt\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "not form-data", "must be 'form-data'", "--bnd\r\nContent-Disposition: attachment; name=\"file\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "duplicate disposition", "Content-Disposition header appears more than once", $"--bnd\r\n{File}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "duplicate filename", "repeats the 'filename' parameter", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"; filename=\"{EMAIL}.txt\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "duplicate content type", "Content-Type header appears more than once", $"--bnd\r\n{File}\r\nContent-Type: image/png\r\n\r\nx\r\n--bnd--\r\n" },
        { "escaped quote", "escaped quote", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\\\"; x={EMAIL}.txt\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "unterminated quote", "is not closed", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{EMAIL}.txt\r\n\r\nx\r\n--bnd--\r\n" },
        { "parameter without value", "not of the form name=value", "--bnd\r\nContent-Disposition: form-data; name\r\n\r\nx\r\n--bnd--\r\n" },
        { "base64 transfer encoding", "Content-Transfer-Encoding", $"--bnd\r\n{File}\r\nContent-Transfer-Encoding: base64\r\n\r\neA==\r\n--bnd--\r\n" },
        { "content length mismatch", "does not match", $"--bnd\r\n{File}\r\nContent-Length: 5\r\n\r\nx\r\n--bnd--\r\n" },
        { "content length not a number", "not a number", $"--bnd\r\n{File}\r\nContent-Length: -1\r\n\r\nx\r\n--bnd--\r\n" },
        { "header without colon", "not of the form 'Name: value'", $"--bnd\r\n{File}\r\nX-Note {{EMAIL}}\r\n\r\nx\r\n--bnd--\r\n" },
        { "quoted extended value", "must be an unquoted", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename*=\"utf-8''a.txt\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "extended value not utf-8", "must be an unquoted", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename*=iso-8859-1''caf%E9.txt\r\n\r\nx\r\n--bnd--\r\n" },
        { "extended value bad escape", "invalid percent-encoding", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename*=utf-8''a%G1.txt\r\n\r\nx\r\n--bnd--\r\n" },
        { "encoded word not utf-8", "encoded word", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"=?koi8-r?B?YWJj?=\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "two encoded words", "encoded word", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"=?utf-8?B?YWJj?= =?utf-8?B?YWJj?=\"\r\n\r\nx\r\n--bnd--\r\n" },
        { "encoded word bad base64", "encoded word", "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"=?utf-8?B?*?=\"\r\n\r\nx\r\n--bnd--\r\n" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public void RewriteMultipart_MalformedBody_Refused400(string name, string reason, string template)
    {
        _ = name;
        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(
            Encoding.UTF8.GetBytes(Secrets.Fill(template)), Ok, Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(400);
        error.Code.Should().Be(ProtocolErrorCodes.InvalidRequest);
        Planted.AnyIn(error.Message).Should().BeFalse("the message never quotes the body");
        error.Message.Should().Contain(reason);
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; charset=utf-8")]
    [InlineData("multipart/form-data; boundary=")]
    [InlineData("multipart/form-data; boundary=a; boundary=b")]
    [InlineData("multipart/form-data; boundary=ends-in-space ")]
    [InlineData("multipart/form-data; boundary=\"ends-in-space \"")]
    [InlineData("multipart/form-data; boundary=has[bracket]")]
    [InlineData("multipart/form-data; boundary=\"unterminated")]
    [InlineData("multipart/form-data; boundary")]
    [InlineData("multipart/form-data; boundary=0123456789012345678901234567890123456789012345678901234567890123456789X")]
    public void RewriteMultipart_BadBoundary_Refused400(string contentType)
    {
        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart("--bnd--\r\n"u8, contentType, Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(400);
        error.Code.Should().Be(ProtocolErrorCodes.InvalidRequest);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("multipart/mixed; boundary=bnd")]
    [InlineData("application/x-www-form-urlencoded")]
    public void RewriteMultipart_NotFormData_Refused415(string? contentType)
    {
        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart("--bnd--\r\n"u8, contentType, Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnsupportedMediaType);
        FileUploadProtocol.IsMultipart(contentType).Should().BeFalse();
    }

    [Fact]
    public void RewriteRequest_BodyWithoutContentType_Refused415()
    {
        var act = () => FileUploadProtocol.OpenAI.RewriteRequest("{}"u8, Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(415);
        error.Message.Should().Contain("multipart/form-data");
    }

    [Fact]
    public void RewriteMultipart_TooManyParts_Refused400()
    {
        var upload = new Upload("bnd");
        for (int i = 0; i <= 64; i++)
        {
            upload.Field("purpose", "user_data");
        }

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), Ok, Planted.Session(), RequestRewriteOptions.Default);

        act.Should().Throw<ProtocolException>().Which.Message.Should().Contain("more than 64 parts");
    }

    [Fact]
    public void RewriteMultipart_SixtyFourParts_Accepted()
    {
        var upload = new Upload("bnd");
        for (int i = 0; i < 64; i++)
        {
            upload.Field("purpose", "user_data");
        }

        var body = upload.Build();

        FileUploadProtocol.OpenAI.RewriteMultipart(body, Ok, Planted.Session(), RequestRewriteOptions.Default).Should().Equal(body);
    }

    [Fact]
    public void RewriteMultipart_HeaderBlockOverLimit_Refused400()
    {
        var upload = new Upload("bnd").Part($"Content-Disposition: form-data; name=\"file\"\r\nX-Padding: {new string('a', 8200)}", "x"u8.ToArray());

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), Ok, Planted.Session(), RequestRewriteOptions.Default);

        act.Should().Throw<ProtocolException>().Which.Message.Should().Contain("longer than 8192 bytes");
    }

    [Fact]
    public void RewriteMultipart_TooManyHeaderLines_Refused400()
    {
        var headers = "Content-Disposition: form-data; name=\"file\"" + string.Concat(Enumerable.Repeat("\r\nX-A: b", 16));
        var upload = new Upload("bnd").Part(headers, "x"u8.ToArray());

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), Ok, Planted.Session(), RequestRewriteOptions.Default);

        act.Should().Throw<ProtocolException>().Which.Message.Should().Contain("more than 16 header lines");
    }

    [Fact]
    public void RewriteMultipart_InvalidUtf8InHeaders_Refused400()
    {
        byte[] body = [.. "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"caf"u8, 0xE9, .. "\"\r\n\r\nx\r\n--bnd--\r\n"u8];

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(body, Ok, Planted.Session(), RequestRewriteOptions.Default);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("--bnd\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nuser_data\r\n--bnd--")]
    [InlineData("--bnd \t\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nuser_data\r\n--bnd-- \r\n")]
    [InlineData("--bnd\r\nContent-Disposition: form-data; name=\"purpose\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\nuser_data\r\n--bnd--\r\n")]
    public void RewriteMultipart_PaddingAndEpilogueVariants_AcceptedUnchanged(string text)
    {
        var body = Encoding.UTF8.GetBytes(text);

        FileUploadProtocol.OpenAI.RewriteMultipart(body, Ok, Planted.Session(), RequestRewriteOptions.Default).Should().Equal(body);
    }
}
