using System.IO.Compression;
using System.Text;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>Content the scanner cannot read is refused with 415 by default, and forwarded unchanged when allowed.</summary>
public sealed class FileUploadRefusalTests
{
    private static readonly RequestRewriteOptions Allowed = new() { Media = MediaHandling.Forward };

    public static TheoryData<string, string, string, string> Unreadable() => new()
    {
        // kind, file name, declared type, expected description in the message
        { "png", "a.png", "image/png", "PNG image" },
        { "png", "a.txt", "text/plain", "PNG image" },
        { "jpeg", "a.jpg", "image/jpeg", "JPEG image" },
        { "gif", "a.gif", "image/gif", "GIF image" },
        { "webp", "a.webp", "image/webp", "WebP image" },
        { "pdf", "a.pdf", "application/pdf", "PDF document" },
        { "pdf", "a.txt", "text/plain", "PDF document" },
        { "pdf-after-junk", "a.txt", "text/plain", "PDF document" },
        { "zip", "a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ZIP archive" },
        { "zip", "a.zip", "application/zip", "ZIP archive" },
        { "gzip", "a.txt.gz", "application/gzip", "gzip archive" },
        { "7z", "a.7z", "application/x-7z-compressed", "7z archive" },
        { "ole", "a.doc", "application/msword", "Office (OLE compound) document" },
        { "nul", "a.txt", "text/plain", "NUL bytes" },
        { "latin1", "a.txt", "text/plain", "not valid UTF-8" },
        { "utf16", "a.txt", "text/plain", "UTF-16" },
        { "text", "a.png", "image/png", "declared as an image type" },
        { "text", "a.bin", "application/octet-stream", "untyped binary data" },
        { "text", "a.xlsx", "application/vnd.ms-excel", "declared as a non-text type" },
    };

    private static byte[] Content(string kind) => kind switch
    {
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8],
        "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8],
        "gif" => [.. "GIF89a"u8, 1, 0, 1, 0],
        "webp" => [.. "RIFF"u8, 36, 0, 0, 0, .. "WEBPVP8 "u8],
        "pdf" => Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Author ({Secrets.Email}) >> endobj\n"),
        "pdf-after-junk" => [.. "junk\r\n"u8, .. Content("pdf")],
        "zip" => Zip(),
        "gzip" => Gzip(),
        "7z" => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4],
        "ole" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
        "nul" => Encoding.UTF8.GetBytes($"text\0with a NUL and {Secrets.Email}"),
        "latin1" => Encoding.Latin1.GetBytes($"caf\u00e9 {Secrets.Email}"),
        "utf16" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Secrets.Email)],
        _ => Encoding.UTF8.GetBytes($"plain text {Secrets.Email}"),
    };

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = new StreamWriter(archive.CreateEntry("word/document.xml").Open()))
        {
            entry.Write($"<w:t>{Secrets.Email}</w:t>");
        }

        return stream.ToArray();
    }

    private static byte[] Gzip()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Secrets.Email));
        }

        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void RewriteMultipart_UnreadableContent_Refused415(string kind, string fileName, string contentType, string description)
    {
        var upload = new Upload().Field("purpose", "user_data").File(fileName, contentType, Content(kind));

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        Planted.AnyIn(error.Message).Should().BeFalse("the message never quotes content");
        error.Message.Should().Contain("part 2 ('file')").And.Contain(description).And.NotContain(fileName);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void RewriteMultipart_UnreadableContentAllowed_ForwardedByteIdentical(string kind, string fileName, string contentType, string description)
    {
        _ = description;
        var upload = new Upload().Field("purpose", "user_data").File(fileName, contentType, Content(kind));
        var body = upload.Build();

        var output = FileUploadProtocol.OpenAI.RewriteMultipart(body, upload.ContentType, Planted.Session(), Allowed);

        output.Should().Equal(body);
    }

    [Fact]
    public void RewriteMultipart_UnreadableAllowed_FileNameStillScrubbed()
    {
        var upload = new Upload().File($"{Secrets.Email}.png", "image/png", Content("png"));
        var body = upload.Build();

        var output = FileUploadProtocol.OpenAI.RewriteMultipart(body, upload.ContentType, Planted.Session(), Allowed);

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        var part = ReferenceMultipart.Parse(output, upload.Boundary).Single();
        part.FileName.Should().Be("[[EMAIL_1]].png");
        part.Content.Should().Equal(Content("png"));
    }

    [Fact]
    public void RewriteMultipart_TextMentioningPdfHeaderMidLine_ScannedAsText()
    {
        var upload = new Upload().TextFile("notes.md", $"A PDF starts with `%PDF-1.7`; ask {Secrets.Email}.", "text/markdown");

        var output = FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), RequestRewriteOptions.Default);

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        ReferenceMultipart.Parse(output, upload.Boundary)[0].Text().Should().EndWith("ask [[EMAIL_1]].");
    }

    [Fact]
    public void RewriteMultipart_EmptyUntypedFile_PassesUnchanged()
    {
        var upload = new Upload().File("empty.bin", "application/octet-stream", []);
        var body = upload.Build();

        FileUploadProtocol.OpenAI.RewriteMultipart(body, upload.ContentType, Planted.Session(), RequestRewriteOptions.Default).Should().Equal(body);
    }

    [Fact]
    public void RewriteMultipart_UnknownFieldName_NotNamedInMessage()
    {
        var upload = new Upload().File("a.png", "image/png", Content("png"), name: $"upload-{Secrets.Email}");

        var act = () => FileUploadProtocol.Anthropic.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        Planted.AnyIn(error.Message).Should().BeFalse("the message never quotes a field name that is not vocabulary");
        error.Message.Should().Contain("part 1 is a PNG image");
    }

    [Fact]
    public void RewriteMultipart_UnreadableFieldValue_Refused()
    {
        var upload = new Upload().Part("Content-Disposition: form-data; name=\"purpose\"", [0x75, 0x00, 0x64]);

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), RequestRewriteOptions.Default);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(415);
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("Anthropic")]
    public void ErrorBody_Refusal_InTheRouteDialect(string dialect)
    {
        var protocol = dialect == "OpenAI" ? FileUploadProtocol.OpenAI : FileUploadProtocol.Anthropic;
        var upload = new Upload().File("a.pdf", "application/pdf", Content("pdf"));
        var error = Assert.Throws<ProtocolException>(() =>
            protocol.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), RequestRewriteOptions.Default));

        string body = Encoding.UTF8.GetString(ErrorBodies.Create(protocol.Errors, error));

        protocol.Name.Should().Be("file-upload");
        (dialect == "OpenAI"
            ? JsonAt.String(body, "error.code")
            : JsonAt.String(body, "type")).Should().Be(dialect == "OpenAI" ? ProtocolErrorCodes.UnscannableContent : "error");
        JsonAt.String(body, "error.message").Should().Contain("PDF document");
    }
}
