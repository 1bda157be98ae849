using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Errors;

/// <summary>Input the proxy cannot scan is refused in OpenAI's error shape, and nothing reaches the upstream.</summary>
public sealed class BadInputTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Theory]
    [InlineData("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"4111 1111 1111 1111\"", "application/json", null, 400)]
    [InlineData("{\"model\":\"m\"}", "text/plain", null, 415)]
    [InlineData("{\"model\":\"m\"}", "application/json; charset=latin1", null, 415)]
    [InlineData("{\"model\":\"m\"}", "application/json", "compress", 415)]
    [InlineData("[1,2,3]", "application/json", null, 400)]
    public async Task Refused_BadBody_OpenAIErrorAndNothingForwarded(string body, string contentType, string? encoding, int status)
    {
        fixture.Upstream.Clear();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (encoding is not null)
        {
            content.Headers.ContentEncoding.Add(encoding);
        }

        await AssertRefusedAsync(content, status);
    }

    [Fact]
    public async Task Refused_GzipGarbage_400AndNothingForwarded()
    {
        fixture.Upstream.Clear();
        var content = new ByteArrayContent([0x1f, 0x8b, 0x08, 0x00, 0x42, 0x42, 0x42, 0x42, 0x00, 0x03, 0xde, 0xad, 0xbe, 0xef]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        await AssertRefusedAsync(content, 400);
    }

    [Fact]
    public async Task Refused_NestingDepth200_400AndNothingForwarded()
    {
        fixture.Upstream.Clear();
        string nested = new string('[', 200) + new string(']', 200);
        string body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"extra\":" + nested + "}";

        await AssertRefusedAsync(new StringContent(body, Encoding.UTF8, "application/json"), 400);
    }

    [Fact]
    public async Task Refused_BodyOnBodylessRoute_400AndNothingForwarded()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/models")
        {
            Content = new StringContent("{\"secret\":\"" + Planted.AwsKey + "\"}", Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400);
        fixture.Upstream.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("zstd")]
    public async Task Accepted_CompressedBody_DecodedScrubbedAndForwardedUncompressed(string encoding)
    {
        fixture.Upstream.Clear();
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new { model = "m", messages = new[] { new { role = "user", content = Planted.Sentence } } });
        var content = new ByteArrayContent(BodyCompression.Compress(json, encoding));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add(encoding);
        using var client = fixture.Http();

        using var response = await client.PostAsync("chat/completions", content);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Header("Content-Encoding").Should().BeNull();
        upstream.Json.GetProperty("messages")[0].GetProperty("content").GetString().Should().Contain("[[");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
    }

    [Fact]
    public async Task Refused_BodyOverConfiguredLimit_413AndNothingForwarded()
    {
        await using var small = await ProxyTestHost.StartAsync(
            fixture.Upstream.BaseUri,
            new Dictionary<string, string?> { ["PrivacyProxy:MaxRequestBodyBytes"] = "2048" });
        fixture.Upstream.Clear();
        string body = JsonSerializer.Serialize(new { model = "m", messages = new[] { new { role = "user", content = new string('a', 4096) } } });
        using var client = new HttpClient { BaseAddress = small.BaseUri };

        using var response = await client.PostAsync("chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertOpenAIErrorAsync(response, 413);
        fixture.Upstream.Requests.Should().BeEmpty();
    }

    private async Task AssertRefusedAsync(HttpContent content, int status)
    {
        using var client = fixture.Http();
        using var response = await client.PostAsync("v1/chat/completions", content);
        await AssertOpenAIErrorAsync(response, status);
        fixture.Upstream.Requests.Should().BeEmpty("a refused request is never forwarded");
    }

    private static async Task AssertOpenAIErrorAsync(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        string body = await response.Content.ReadAsStringAsync();
        Planted.Which(body).Should().BeEmpty("an error never quotes the body");
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        error.GetProperty("type").GetString().Should().NotBeNullOrWhiteSpace();
        error.GetProperty("code").GetString().Should().NotBeNullOrWhiteSpace();
        error.TryGetProperty("param", out _).Should().BeTrue();
    }
}
