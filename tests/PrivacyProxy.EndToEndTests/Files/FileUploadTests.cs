using System.ClientModel;
using System.Text;
using OpenAI;
using OpenAI.Files;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Files;

/// <summary>
/// Uploads through the proxy (<c>/files</c>, <c>/v1/files</c>, <c>/anthropic/v1/files</c>): text files and file names
/// are scrubbed, the boundary kept, the returned file object's name restored; unreadable files refused in the
/// route's own envelope.
/// </summary>
public sealed class FileUploadTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task OpenAISdk_TextFileWithValues_ScrubbedAndFileNameRestored()
    {
        fixture.Upstream.Clear();
        var files = new OpenAIFileClient(new ApiKeyCredential(ProxyFixture.CallerKey), new OpenAIClientOptions { Endpoint = new Uri(fixture.Proxy.BaseUri, "v1") });

        var result = await files.UploadFileAsync(BinaryData.FromString(Uploads.Text), Uploads.FileName, FileUploadPurpose.Assistants);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/files", "/v1/files goes to DeepSeek's /files");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.BodyText.Should().Contain("[[EMAIL_1]]");
        (result.Value.Filename == Uploads.FileName).Should().BeTrue("the file name is restored: {0}", Planted.Mask(result.Value.Filename));
    }

    [Fact]
    public async Task AnthropicUpload_TextFile_ScrubbedBoundaryKeptApiKeyUpstreamReplyRestored()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        client.DefaultRequestHeaders.TryAddWithoutValidation("anthropic-beta", "files-api-2025-04-14");
        using var form = Uploads.TextForm(purpose: null);
        string sentType = form.Headers.ContentType!.ToString();

        using var response = await client.PostAsync("anthropic/v1/files", form);

        string reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(Planted.Mask(reply));
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Header("Content-Type").Should().Be(sentType, "the boundary is kept");
        upstream.Header("anthropic-beta").Should().Be("files-api-2025-04-14");
        (upstream.Header("x-api-key") == ProxyFixture.UpstreamKey).Should().BeTrue("Anthropic routes authenticate with x-api-key");
        var seen = await FileReplies.ReadUploadAsync(sentType, upstream.Body);
        string expected = Encoding.UTF8.GetString(FileReplies.AnthropicFileJson(Uploads.FileName, seen.Bytes, "text/plain"));
        (reply == expected).Should().BeTrue("the file object comes back with the original name: {0}", Planted.Mask(reply));
    }

    [Theory]
    [InlineData("files", ErrorDialect.OpenAI)]
    [InlineData("v1/files", ErrorDialect.OpenAI)]
    [InlineData("anthropic/v1/files", ErrorDialect.Anthropic)]
    public async Task Upload_ImageFile_415InRouteDialectNothingForwarded(string path, ErrorDialect dialect)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var form = Uploads.Form(Uploads.Png, "scan of " + Planted.Email + " p1.png", "image/png");

        using var response = await client.PostAsync(path, form);

        await ErrorShape.AssertAsync(response, dialect, 415);
        fixture.Upstream.Requests.Should().BeEmpty("unreadable content is not forwarded by default");
    }

    [Theory]
    [InlineData("files", ErrorDialect.OpenAI)]
    [InlineData("anthropic/v1/files", ErrorDialect.Anthropic)]
    public async Task Upload_JsonInsteadOfMultipart_415InRouteDialectNothingForwarded(string path, ErrorDialect dialect)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync(path, new { file = Planted.Sentence });

        await ErrorShape.AssertAsync(response, dialect, 415);
        fixture.Upstream.Requests.Should().BeEmpty();
    }
}
