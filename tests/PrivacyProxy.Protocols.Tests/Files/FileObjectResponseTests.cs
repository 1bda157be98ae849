using System.Text;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>The file object an upload returns gets its scrubbed file name restored; everything else passes unchanged.</summary>
public sealed class FileObjectResponseTests
{
    private static string FileName => $"report-{Secrets.Email}.txt";

    /// <summary>Scrubs an upload with the session, as the request would have, and returns the name the upstream saw.</summary>
    private static string UploadedName(Redaction.RedactionSession session)
    {
        var upload = new Upload().Field("purpose", "user_data").TextFile(FileName, "hello");
        var output = FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, session, RequestRewriteOptions.Default);
        return ReferenceMultipart.Parse(output, upload.Boundary)[1].FileName!;
    }

    [Theory]
    [InlineData("OpenAI", """{"id":"file-abc123","object":"file","bytes":5,"created_at":1730000000,"filename":"NAME","purpose":"user_data"}""")]
    [InlineData("Anthropic", """{"type":"file","id":"file_011C","filename":"NAME","mime_type":"text/plain","size_bytes":5,"created_at":"2025-04-14T00:00:00Z","downloadable":false}""")]
    [InlineData("OpenAI", """{"object":"list","data":[{"id":"f1","filename":"NAME"},{"id":"f2","filename":"other.txt"}],"has_more":false}""")]
    public void CreateResponseTransformer_FileObject_FileNameRestored(string dialect, string template)
    {
        var session = Planted.Session();
        string sent = UploadedName(session);
        var protocol = dialect == "OpenAI" ? FileUploadProtocol.OpenAI : FileUploadProtocol.Anthropic;
        var upstream = Encoding.UTF8.GetBytes(template.Replace("NAME", sent, StringComparison.Ordinal));

        string restored = Transform.RunText(protocol, "application/json", session, upstream, [7, 3, 11]);

        sent.Should().Be("report-[[EMAIL_1]].txt");
        restored.Masked().Should().Be(template.Replace("NAME", FileName, StringComparison.Ordinal).Masked());
    }

    [Theory]
    [InlineData("text/plain", "report-[[EMAIL_1]].txt")]
    [InlineData("application/json", "{\"filename\":\"report-[[EMAIL_1]].txt\"")]
    [InlineData("application/json", "not json [[EMAIL_1]]")]
    public void CreateResponseTransformer_NotAFileObject_PassesUnchanged(string mediaType, string body)
    {
        var session = Planted.Session();
        UploadedName(session);
        var upstream = Encoding.UTF8.GetBytes(body);

        Transform.Run(FileUploadProtocol.OpenAI.CreateResponseTransformer(mediaType, session), upstream).Should().Equal(upstream);
    }

    [Fact]
    public void CreateResponseTransformer_ErrorBody_PassesUnchanged()
    {
        var upstream = """{"error":{"message":"Invalid purpose","type":"invalid_request_error","param":null,"code":null}}"""u8.ToArray();

        Transform.Run(FileUploadProtocol.OpenAI.CreateResponseTransformer("application/json; charset=utf-8", Planted.Session()), upstream)
            .Should().Equal(upstream);
    }
}
