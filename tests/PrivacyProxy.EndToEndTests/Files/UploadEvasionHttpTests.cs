using System.Text;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Transport;

namespace PrivacyProxy.EndToEndTests.Files;

/// <summary>
/// Uploads with planted values where the scrubber used not to look (issue 7, item 7), sent through real HTTP:
/// field values shaped like vocabulary, part header names and values, Content-Disposition parameter names, RFC
/// 2231 continued file names, the boundary, Content-Type parameters. Nothing of a value reaches the upstream.
/// </summary>
public sealed class UploadEvasionHttpTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    private const string Boundary = "pp-e2e-evasion-0001";

    public static TheoryData<string, string> PlantedParts => new()
    {
        // description, part headers + CRLF CRLF + content (templates: {KEY}, {CARD}, {MAIL}, {KEYA}|{KEYB} halves)
        { "purpose shaped like vocabulary", "Content-Disposition: form-data; name=\"purpose\"\r\n\r\n{KEY}" },
        { "expires_after[seconds] as a card", "Content-Disposition: form-data; name=\"expires_after[seconds]\"\r\n\r\n{CARD}" },
        { "expires_after[anchor] as a key", "Content-Disposition: form-data; name=\"expires_after[anchor]\"\r\n\r\n{KEY}" },
        { "unknown field", "Content-Disposition: form-data; name=\"x-note\"\r\n\r\n{MAIL}" },
        { "unknown part header name", "Content-Disposition: form-data; name=\"purpose\"\r\nX-{KEY}: 1\r\n\r\nuser_data" },
        { "unknown part header value", "Content-Disposition: form-data; name=\"purpose\"\r\nX-Note: {MAIL}\r\n\r\nuser_data" },
        { "disposition parameter name", "Content-Disposition: form-data; name=\"purpose\"; {KEY}=\"1\"\r\n\r\nuser_data" },
        { "disposition parameter value", "Content-Disposition: form-data; name=\"purpose\"; note=\"{MAIL}\"\r\n\r\nuser_data" },
        { "continued file name", "Content-Disposition: form-data; name=\"file\"; filename*0=\"{KEYA}\"; filename*1=\"{KEYB}.txt\"\r\nContent-Type: text/plain\r\n\r\nx" },
        { "continued extended file name", "Content-Disposition: form-data; name=\"file\"; filename*0*=utf-8''k%20{KEYA}; filename*1*={KEYB}.txt\r\nContent-Type: text/plain\r\n\r\nx" },
        { "part content type", "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain; note=\"{MAIL}\"\r\n\r\nx" },
    };

    [Theory]
    [MemberData(nameof(PlantedParts))]
    public async Task Upload_PlantedValueInPart_NeverReachesUpstream(string description, string partTemplate)
    {
        string body = $"--{Boundary}\r\n{Fill(partTemplate)}\r\n--{Boundary}\r\n" +
            "Content-Disposition: form-data; name=\"file\"; filename=\"b.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n" +
            $"--{Boundary}--\r\n";

        var (status, upstream) = await UploadAsync(body, $"multipart/form-data; boundary={Boundary}");

        if (upstream is null)
        {
            // A refusal is allowed (fail closed), never a pass-through.
            status.Should().BeInRange(400, 499, description);
            return;
        }

        Leaks.In(upstream).Should().BeEmpty("a planted value in the upload ({0}) must not reach the upstream", description);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=" + Boundary + "; note=\"{MAIL}\"")]
    [InlineData("multipart/form-data; {KEY}=1; boundary=" + Boundary)]
    [InlineData("multipart/form-data; charset=utf-8; boundary=" + Boundary + "; x=\"{CARD}\"")]
    public async Task Upload_ContentTypeWithOtherParameters_OnlyTheBoundaryLeaves(string template)
    {
        string body = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--{Boundary}--\r\n";

        var (status, upstream) = await UploadAsync(body, Fill(template));

        status.Should().Be(200);
        Leaks.In(upstream!).Should().BeEmpty("a Content-Type parameter must not carry a value out");
        upstream!.Header("Content-Type").Should().Be("multipart/form-data; boundary=" + Boundary);
    }

    [Fact]
    public async Task Upload_BoundaryHoldingAKey_RefusedNothingForwarded()
    {
        string boundary = "----" + Planted.AwsKey;
        string body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--{boundary}--\r\n";

        var (status, upstream) = await UploadAsync(body, $"multipart/form-data; boundary={boundary}");

        status.Should().Be(400);
        upstream.Should().BeNull("an upload whose boundary holds a finding is not forwarded");
    }

    [Fact]
    public async Task Upload_CleanBodyAndHeaders_ForwardedByteForByte()
    {
        string body = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nuser_data\r\n--{Boundary}\r\n" +
            "Content-Disposition: form-data; name=\"file\"; filename*0=\"report \"; filename*1=\"2024.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n" +
            $"--{Boundary}--\r\n";

        var (status, upstream) = await UploadAsync(body, $"multipart/form-data; boundary={Boundary}");

        status.Should().Be(200);
        upstream!.BodyText.Should().Be(body);
        upstream.Header("Content-Type").Should().Be($"multipart/form-data; boundary={Boundary}");
    }

    private async Task<(int Status, RecordedRequest? Upstream)> UploadAsync(string body, string contentType)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType).Should().BeTrue();

        using var response = await client.PostAsync("files", content);

        return ((int)response.StatusCode, fixture.Upstream.Requests.SingleOrDefault());
    }

    private static string Fill(string template)
    {
        int half = Planted.AwsKey.Length / 2;
        return template
            .Replace("{KEYA}", Planted.AwsKey[..half], StringComparison.Ordinal)
            .Replace("{KEYB}", Planted.AwsKey[half..], StringComparison.Ordinal)
            .Replace("{KEY}", Planted.AwsKey, StringComparison.Ordinal)
            .Replace("{CARD}", Planted.Card, StringComparison.Ordinal)
            .Replace("{MAIL}", Planted.Email, StringComparison.Ordinal);
    }
}
