using System.Net.Http.Headers;
using System.Text;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>Text files, file names and fields of an upload are scrubbed; everything else is forwarded byte for byte.</summary>
public sealed class FileUploadScrubbingTests
{
    private static byte[] Rewrite(Upload upload, byte[] body, RequestRewriteOptions? options = null) =>
        FileUploadProtocol.OpenAI.RewriteMultipart(body, upload.ContentType, Planted.Session(), options ?? RequestRewriteOptions.Default);

    [Fact]
    public void RewriteMultipart_TextFileWithPlantedValues_ScrubbedOtherPartsIdentical()
    {
        var upload = new Upload().Field("purpose", "user_data").TextFile("notes.txt", Planted.Document()).Field("expires_after[anchor]", "created_at");
        var body = upload.Build();

        var output = Rewrite(upload, body);

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        var before = ReferenceMultipart.Parse(body, upload.Boundary);
        var after = ReferenceMultipart.Parse(output, upload.Boundary);
        after.Should().HaveCount(3);
        after[0].Content.Should().Equal(before[0].Content);
        after[2].Content.Should().Equal(before[2].Content);
        after[0].Headers.Should().Be(before[0].Headers);
        after[1].Headers.Should().Be(before[1].Headers);
        after[1].Text().Should().Be(
            "Customer: [[PERSON_1]]\r\nEmail: [[EMAIL_1]]\nKey=[[API_KEY_1]]\nCard [[CREDIT_CARD_1]]; home [[PASSWORD_1]]\n\u5317\u4eac \ud83d\ude00 done\n");
        Encoding.ASCII.GetString(output).Should().StartWith($"--{upload.Boundary}\r\n").And.EndWith($"\r\n--{upload.Boundary}--\r\n");
    }

    [Fact]
    public void RewriteMultipart_NothingFound_ByteIdentical()
    {
        var upload = new Upload().Field("purpose", "user_data").TextFile("plain.md", "# Title\n\nNothing to see.\n", "text/markdown");
        var body = upload.Build();

        Rewrite(upload, body).Should().Equal(body);
    }

    [Fact]
    public void RewriteMultipart_FileNameWithEmail_FileNameScrubbed()
    {
        var upload = new Upload().TextFile($"report-{Secrets.Email}.csv", "a,b\n1,2\n", "text/csv");

        var output = Rewrite(upload, upload.Build());

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        ReferenceMultipart.Parse(output, upload.Boundary)[0].FileName.Should().Be("report-[[EMAIL_1]].csv");
    }

    [Fact]
    public void RewriteMultipart_Utf8Bom_KeptAndScrubbed()
    {
        var upload = new Upload().File("bom.txt", "text/plain; charset=utf-8", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"mail {Secrets.Email}")]);

        var part = ReferenceMultipart.Parse(Rewrite(upload, upload.Build()), upload.Boundary)[0];

        part.Content.Should().Equal([0xEF, 0xBB, 0xBF, .. "mail [[EMAIL_1]]"u8.ToArray()]);
    }

    [Theory]
    [InlineData("script.py", "application/octet-stream")]
    [InlineData("Program.cs", "application/octet-stream")]
    [InlineData("data.jsonl", "application/octet-stream")]
    [InlineData("config.yaml", "application/x-yaml")]
    [InlineData("doc.json", "application/json")]
    [InlineData("page.xml", "application/xml")]
    [InlineData("rows.ndjson", "application/x-ndjson")]
    [InlineData("noext", "text/x-custom")]
    [InlineData("untyped.txt", "")]
    public void RewriteMultipart_TextTypesAndSourceExtensions_Scanned(string fileName, string contentType)
    {
        var headers = $"Content-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"" + (contentType.Length > 0 ? $"\r\nContent-Type: {contentType}" : "");
        var upload = new Upload().Part(headers, Encoding.UTF8.GetBytes($"key = \"{Secrets.ApiKey}\"\n"));

        var output = Rewrite(upload, upload.Build());

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        ReferenceMultipart.Parse(output, upload.Boundary)[0].Text().Should().Be("key = \"[[API_KEY_1]]\"\n");
    }

    [Fact]
    public void RewriteMultipart_UnknownFieldNameAndValue_Scrubbed_VocabularyPasses()
    {
        var scrubber = Secrets.Scrubber();
        var upload = new Upload().Field("purpose", "user_data").Field($"note-{Secrets.Email}", $"call {Secrets.Card}").TextFile("a.txt", "x");

        var output = Encoding.UTF8.GetString(FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, scrubber, RequestRewriteOptions.Default));

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        output.Should().Contain("name=\"note-[[EMAIL_1]]\"").And.Contain("call [[CREDIT_CARD_1]]");
        scrubber.Calls.Contains("user_data").Should().BeFalse("purpose is protocol vocabulary");
        scrubber.Calls.Contains("purpose").Should().BeFalse("known field names are vocabulary");
        scrubber.Calls.Count.Should().Be(6, "the boundary, the unknown name, its value, the file name, its Content-Type and the file content are scanned");
    }

    [Fact]
    public void RewriteMultipart_VocabularyFieldWithFreeText_Scanned()
    {
        var upload = new Upload().Field("purpose", $"for {Secrets.Email}");

        var output = Rewrite(upload, upload.Build());

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        ReferenceMultipart.Parse(output, upload.Boundary)[0].Text().Should().Be("for [[EMAIL_1]]");
    }

    [Fact]
    public void RewriteMultipart_TokenParameter_ScrubbedValueQuoted()
    {
        var upload = new Upload().Part($"Content-Disposition: form-data; name=file; filename={Secrets.Card}.txt", "x"u8.ToArray());

        var output = Encoding.UTF8.GetString(Rewrite(upload, upload.Build()));

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        output.Should().Contain("name=file; filename=\"[[CREDIT_CARD_1]].txt\"\r\n");
    }

    [Fact]
    public void RewriteMultipart_PartContentLength_UpdatedToScrubbedLength()
    {
        var content = Encoding.UTF8.GetBytes($"to {Secrets.Email}");
        var upload = new Upload().Part(
            $"Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\nContent-Length: {content.Length}", content);

        var part = ReferenceMultipart.Parse(Rewrite(upload, upload.Build()), upload.Boundary)[0];

        part.Text().Should().Be("to [[EMAIL_1]]");
        part.Headers.Should().EndWith($"Content-Length: {"to [[EMAIL_1]]".Length}");
    }

    [Fact]
    public async Task RewriteMultipart_DotNetClientEncodedFileNames_DecodedScrubbedReencoded()
    {
        // .NET writes filename="=?utf-8?B?...?=" for non-ASCII names and always adds filename*=utf-8''...
        using var form = new MultipartFormDataContent("dotnet-boundary");
        form.Add(new StringContent("user_data"), "purpose");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"mail {Secrets.Email}")), "file", $"\u00e4-{Secrets.Email}.txt");
        var body = await form.ReadAsByteArrayAsync();
        string contentType = form.Headers.ContentType!.ToString();

        var output = FileUploadProtocol.OpenAI.RewriteMultipart(body, contentType, Planted.Session(), RequestRewriteOptions.Default);

        var file = ReferenceMultipart.Parse(output, "dotnet-boundary")[1];
        var disposition = ContentDispositionHeaderValue.Parse(file.Headers.Split("\r\n").Single(h => h.StartsWith("Content-Disposition:", StringComparison.Ordinal))["Content-Disposition:".Length..]);
        Planted.AnyIn(disposition.FileName).Should().BeFalse("planted value leaked through filename");
        Planted.AnyIn(disposition.FileNameStar).Should().BeFalse("planted value leaked through filename*");
        disposition.FileNameStar.Should().Be("\u00e4-[[EMAIL_1]].txt");
        disposition.FileName.Should().Be("\u00e4-[[EMAIL_1]].txt", "the .NET parser decodes the encoded word");
        file.Headers.Should().Contain("filename=\"=?utf-8?B?");
        file.Text().Should().Be("mail [[EMAIL_1]]");
    }

    [Fact]
    public void RewriteMultipart_QuotedBoundaryAndHeaderCase_Accepted()
    {
        var upload = new Upload("b o u n d");
        upload.Part($"content-disposition: FORM-DATA; NAME=\"file\"; FileName=\"x.txt\"\r\ncontent-type: TEXT/PLAIN", Encoding.UTF8.GetBytes(Secrets.Card));

        var output = FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), "Multipart/Form-Data; boundary=\"b o u n d\"", Planted.Session(), RequestRewriteOptions.Default);

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        ReferenceMultipart.Parse(output, "b o u n d")[0].Text().Should().Be("[[CREDIT_CARD_1]]");
    }

    [Fact]
    public void RewriteMultipart_TextContainingBoundaryLookalikes_ScrubbedAndStillParses()
    {
        var upload = new Upload("xyz");
        upload.TextFile("a.txt", $"a --xyz is not a delimiter here\r\n-xyz\n--xyz\r{Secrets.Email}\r\n");

        var output = Rewrite(upload, upload.Build());

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        ReferenceMultipart.Parse(output, "xyz").Single().Text().Should().Be("a --xyz is not a delimiter here\r\n-xyz\n--xyz\r[[EMAIL_1]]\r\n");
    }
}
