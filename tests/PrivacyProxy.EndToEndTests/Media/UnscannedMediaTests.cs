using System.Text;
using PrivacyProxy.EndToEndTests.Files;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Media;

/// <summary>
/// With <c>AllowUnscannedMedia</c> on, content the scanner cannot read is forwarded unscanned and unchanged, while
/// every text around it is still scrubbed.
/// </summary>
public sealed class UnscannedMediaTests(AllowUnscannedMediaFixture fixture) : IClassFixture<AllowUnscannedMediaFixture>
{
    private const string Image = "iVBORw0KGgoAAAANSUhEUg==";

    [Theory]
    [InlineData("anthropic/v1/messages", """{"model":"m","max_tokens":8,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"IMAGE"}},{"type":"text","text":"TEXT"}]}]}""")]
    [InlineData("responses", """{"model":"m","input":[{"role":"user","content":[{"type":"input_image","image_url":"data:image/png;base64,IMAGE"},{"type":"input_text","text":"TEXT"}]}]}""")]
    [InlineData("api/chat", """{"model":"m","stream":false,"messages":[{"role":"user","content":"TEXT","images":["IMAGE"]}]}""")]
    [InlineData("api/generate", """{"model":"m","stream":false,"prompt":"TEXT","images":["IMAGE"]}""")]
    public async Task InlineImage_Allowed_ForwardedUnchangedTextStillScrubbed(string path, string template)
    {
        fixture.Upstream.Clear();
        string body = template.Replace("IMAGE", Image, StringComparison.Ordinal).Replace("TEXT", Planted.Sentence, StringComparison.Ordinal);

        using var response = await fixture.PostJsonAsync(path, body);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.BodyText.Should().Contain(Image, "the image is forwarded unscanned and unchanged");
        Planted.Which(upstream.Everything).Should().BeEmpty("text is still scrubbed");
    }

    [Fact]
    public async Task ImageUpload_Allowed_ForwardedByteForByte()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var form = Uploads.Form(Uploads.Png, "scan of " + Planted.Email + " p1.png", "image/png");

        using var response = await client.PostAsync("files", form);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("the file name is still scrubbed");
        upstream.Body.AsSpan().IndexOf(Uploads.Png).Should().BePositive("the image bytes pass unchanged");
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Should().Contain(Planted.Email, "the file name comes back restored");
    }
}
