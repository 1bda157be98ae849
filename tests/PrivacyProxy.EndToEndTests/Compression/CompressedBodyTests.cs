using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Compression;

/// <summary>
/// Compressed request bodies (Codex sends zstd by default) on the Anthropic, Responses and Ollama routes are decoded,
/// scrubbed and forwarded uncompressed, never passed through as bytes the proxy could not read.
/// </summary>
public sealed class CompressedBodyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string, string> RoutesAndEncodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in (string[])["anthropic/v1/messages", "anthropic/v1/messages/count_tokens?beta=true", "responses", "v1/responses", "api/chat"])
        {
            foreach (var encoding in (string[])["gzip", "zstd", "br"])
            {
                data.Add(path, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoutesAndEncodings))]
    public async Task CompressedBody_PlantedValues_DecodedScrubbedForwardedUncompressed(string path, string encoding)
    {
        fixture.Upstream.Clear();
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new
        {
            model = "m",
            max_tokens = 64,
            stream = false,
            input = "codex " + Planted.Sentence,
            messages = new[] { new { role = "user", content = "hello " + Planted.Sentence } },
        });
        var content = new ByteArrayContent(BodyCompression.Compress(json, encoding));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add(encoding);
        using var client = fixture.Http();

        using var response = await client.PostAsync(path, content);

        string reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(Planted.Mask(reply));
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Header("Content-Encoding").Should().BeNull("the proxy forwards what it decoded");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        Encoding.UTF8.GetString(upstream.Body).Should().Contain("[[EMAIL_1]]", "the decoded body was scrubbed");
        if (!path.Contains("count_tokens", StringComparison.Ordinal))
        {
            Planted.CountIn(reply).Should().Be(Planted.All.Count, "the reply is restored: {0}", Planted.Mask(reply));
        }
    }
}
