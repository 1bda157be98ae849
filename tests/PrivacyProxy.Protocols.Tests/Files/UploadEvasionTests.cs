using System.Text;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>
/// Places in an upload a planted value could hide (issue 7, item 7): field values shaped like vocabulary, part
/// header names, Content-Disposition parameter names, RFC 2231 continued file names, the boundary. Templates use
/// <c>{EMAIL}</c>, <c>{KEY}</c>, <c>{CARD}</c> so test names never carry a value.
/// </summary>
public sealed class UploadEvasionTests
{
    private const string Boundary = "----PrivacyProxyBoundary7MA4YWxk";
    private const string ContentType = "multipart/form-data; boundary=" + Boundary;

    private static string Rewrite(Upload upload, string contentType = ContentType) =>
        Encoding.UTF8.GetString(FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), contentType, Planted.Session(), RequestRewriteOptions.Default));

    [Theory]
    [InlineData("purpose", "{KEY}")]
    [InlineData("purpose", "{CARD}")]
    [InlineData("purpose", "{EMAIL}")]
    [InlineData("expires_after[anchor]", "{KEY}")]
    [InlineData("expires_after[seconds]", "{CARD}")]
    [InlineData("expires_after[seconds]", "{KEY}")]
    [InlineData("x_unknown_field", "{KEY}")]
    public void RewriteMultipart_KnownFieldWithValueOutsideItsGrammar_Scanned(string field, string template)
    {
        var upload = new Upload(Boundary).Field(field, Secrets.Fill(template)).TextFile("a.txt", "x");

        string output = Rewrite(upload);

        Planted.AnyIn(output).Should().BeFalse("a value outside the field's grammar is scanned");
        ReferenceMultipart.Parse(Encoding.UTF8.GetBytes(output), Boundary).Should().HaveCount(2, "the body still parses");
    }

    [Theory]
    [InlineData("purpose", "user_data")]
    [InlineData("purpose", "assistants")]
    [InlineData("expires_after[anchor]", "created_at")]
    [InlineData("expires_after[seconds]", "3600")]
    public void RewriteMultipart_KnownFieldWithValueOfItsGrammar_ByteIdentical(string field, string value)
    {
        var upload = new Upload(Boundary).Field(field, value).TextFile("a.txt", "x");
        byte[] body = upload.Build();

        FileUploadProtocol.OpenAI.RewriteMultipart(body, ContentType, Planted.Session(), RequestRewriteOptions.Default).Should().Equal(body);
    }

    [Theory]
    [InlineData("X-{KEY}: 1")]
    [InlineData("X-Note: {EMAIL}")]
    [InlineData("Content-Id: <{EMAIL}>")]
    [InlineData("X-Card-{CARD}: yes")]
    public void RewriteMultipart_UnknownPartHeader_RemovedNameAndValue(string headerTemplate)
    {
        var upload = new Upload(Boundary).Part(
            "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n" + Secrets.Fill(headerTemplate) + "\r\nContent-Type: text/plain", "x"u8.ToArray());

        string output = Rewrite(upload);

        Planted.AnyIn(output).Should().BeFalse("an unknown part header never leaves");
        output.Should().Contain("filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nx\r\n");
    }

    [Fact]
    public void RewriteMultipart_UnknownHeaderFirstAndLast_RemovedBodyStillParses()
    {
        var upload = new Upload(Boundary).Part(
            $"X-A: {Secrets.Email}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nX-B: {Secrets.Card}", "body"u8.ToArray());

        string output = Rewrite(upload);

        Planted.AnyIn(output).Should().BeFalse("unknown part headers never leave");
        var part = ReferenceMultipart.Parse(Encoding.UTF8.GetBytes(output), Boundary).Should().ContainSingle().Subject;
        part.Headers.Should().Be("Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"");
        part.Text().Should().Be("body");
    }

    [Theory]
    [InlineData("{KEY}=\"1\"")]
    [InlineData("x{CARD}=1")]
    [InlineData("owner=\"{EMAIL}\"")]
    [InlineData("creation-date=\"{EMAIL}\"")]
    [InlineData("name*0=\"{KEY}\"")]
    public void RewriteMultipart_UnknownDispositionParameter_RemovedNameAndValue(string parameterTemplate)
    {
        var upload = new Upload(Boundary).Part(
            "Content-Disposition: form-data; name=\"file\"; " + Secrets.Fill(parameterTemplate) + "; filename=\"a.txt\"", "x"u8.ToArray());

        string output = Rewrite(upload);

        Planted.AnyIn(output).Should().BeFalse("an unknown Content-Disposition parameter never leaves, name or value");
        output.Should().Contain("Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nx");
    }

    public static TheoryData<string> Continuations => new()
    {
        // Plain quoted pieces, split inside the value.
        "filename*0=\"notes {EMAIL\"; filename*1=\"} final.txt\"",

        // Extended pieces, the first with its charset, a split inside a percent-encoded run.
        "filename*0*=utf-8''key%20{KEY; filename*1*=}%20x.txt",

        // Mixed: extended first, plain after, out of order in the header.
        "filename*1=\"{CARD}.txt\"; filename*0*=utf-8''card%20",
    };

    [Theory]
    [MemberData(nameof(Continuations))]
    public void RewriteMultipart_ContinuedFileName_ReassembledScannedRewrittenAsOnePiece(string template)
    {
        // The planted value is cut where the template puts a brace pair: "{EMAIL" + "}" -> split across pieces.
        string disposition = FillSplit(template);
        var upload = new Upload(Boundary).Part("Content-Disposition: form-data; name=\"file\"; " + disposition, "x"u8.ToArray());

        string output = Rewrite(upload);

        Planted.AnyIn(output).Should().BeFalse("a value split across continued pieces is found");
        Planted.AnyIn(Uri.UnescapeDataString(output)).Should().BeFalse("nor is it left percent-encoded");
        output.Should().Contain("filename*0*=utf-8''").And.NotContain("filename*1");
    }

    [Fact]
    public void RewriteMultipart_ContinuedFileNameWithUtf8SplitAcrossPieces_Decoded()
    {
        // "北" is E5 8C 97: the pieces cut it in the middle, which RFC 2231 allows.
        var upload = new Upload(Boundary).Part(
            $"Content-Disposition: form-data; name=\"file\"; filename*0*=utf-8''%E5%8C; filename*1*=%97{Uri.EscapeDataString(Secrets.Email)}.txt", "x"u8.ToArray());

        string output = Rewrite(upload);

        Planted.AnyIn(Uri.UnescapeDataString(output)).Should().BeFalse("the reassembled name is scanned");
        output.Should().Contain("filename*0*=utf-8''%E5%8C%97%5B%5BEMAIL_1%5D%5D.txt");
    }

    [Fact]
    public void RewriteMultipart_ContinuedFileNameWithoutFindings_ByteIdentical()
    {
        var upload = new Upload(Boundary).Part("Content-Disposition: form-data; name=\"file\"; filename*0=\"report \"; filename*1=\"2024.txt\"", "x"u8.ToArray());
        byte[] body = upload.Build();

        FileUploadProtocol.OpenAI.RewriteMultipart(body, ContentType, Planted.Session(), RequestRewriteOptions.Default).Should().Equal(body);
    }

    [Theory]
    [InlineData("filename*0=\"a\"; filename*2=\"b\"", "a gap")]
    [InlineData("filename*0=\"a\"; filename*0=\"b\"", "a repeat")]
    [InlineData("filename*1=\"a\"", "no first piece")]
    [InlineData("filename*0*=latin1''a", "another charset")]
    [InlineData("filename*0*=utf-8''%ZZ", "bad percent-encoding")]
    [InlineData("filename*0*=utf-8''%C3; filename*1*=%28", "invalid UTF-8 once joined")]
    public void RewriteMultipart_MalformedContinuation_Refused400(string disposition, string because)
    {
        var upload = new Upload(Boundary).Part("Content-Disposition: form-data; name=\"file\"; " + disposition, "x"u8.ToArray());

        var act = () => Rewrite(upload);

        act.Should().Throw<ProtocolException>(because).Which.StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("{KEY}")]
    [InlineData("----{CARD}")]
    [InlineData("x-{EMAIL}")]
    public void RewriteMultipart_BoundaryHoldingAFinding_Refused(string boundaryTemplate)
    {
        string boundary = Secrets.Fill(boundaryTemplate);
        var upload = new Upload(boundary).TextFile("a.txt", "x");

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), RequestRewriteOptions.Default);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(400);
        Planted.AnyIn(error.Message).Should().BeFalse("the refusal does not quote the boundary");
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=abc", "multipart/form-data; boundary=abc")]
    [InlineData("Multipart/Form-Data; boundary=abc", "Multipart/Form-Data; boundary=abc")]
    [InlineData("multipart/form-data; boundary=\"a b\"", "multipart/form-data; boundary=\"a b\"")]
    [InlineData("multipart/form-data;boundary=abc", "multipart/form-data; boundary=abc")]
    [InlineData("multipart/form-data; charset=utf-8; boundary=abc", "multipart/form-data; boundary=abc")]
    [InlineData("multipart/form-data; boundary=abc; note=\"anything at all\"", "multipart/form-data; boundary=abc")]
    [InlineData("multipart/form-data; boundary=\"abc\"", "multipart/form-data; boundary=\"abc\"")]
    [InlineData("multipart/form-data; boundary=\"abc\"; x=1", "multipart/form-data; boundary=abc")]
    public void ForwardedContentType_OnlyTheBoundaryLeaves(string sent, string forwarded) =>
        FileUploadProtocol.ForwardedContentType(sent).Should().Be(forwarded);

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=\"a\\\"b\"")]
    public void ForwardedContentType_Invalid_Null(string? sent) =>
        FileUploadProtocol.ForwardedContentType(sent).Should().BeNull();

    /// <summary>Fills the template, then removes the brace pair that marks where a value is split.</summary>
    private static string FillSplit(string template)
    {
        foreach (var (name, value) in new[] { ("EMAIL", Secrets.Email), ("CARD", Secrets.Card), ("KEY", Secrets.ApiKey) })
        {
            int open = template.IndexOf("{" + name, StringComparison.Ordinal);
            if (open < 0)
            {
                continue;
            }

            int close = template.IndexOf('}', open);
            string between = template[(open + name.Length + 1)..close];
            int cut = value.Length / 2;
            template = template[..open] + value[..cut] + between + value[cut..] + template[(close + 1)..];
        }

        return template;
    }
}
