using System.Net.Http.Headers;
using System.Text;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Errors;

/// <summary>
/// Every body route refuses what it cannot scan in its own error envelope (Anthropic, OpenAI, Ollama) and forwards
/// nothing: malformed JSON, other content types, corrupt or unknown compression, media the scanner cannot read.
/// </summary>
public sealed class RouteErrorShapeTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string, ErrorDialect, string> RoutesAndFaults()
    {
        var data = new TheoryData<string, ErrorDialect, string>();
        (string, ErrorDialect)[] routes =
        [
            ("anthropic/v1/messages", ErrorDialect.Anthropic),
            ("anthropic/messages", ErrorDialect.Anthropic),
            ("anthropic/v1/messages/count_tokens?beta=true", ErrorDialect.Anthropic),
            ("responses", ErrorDialect.OpenAI),
            ("v1/responses", ErrorDialect.OpenAI),
            ("v1/embeddings", ErrorDialect.OpenAI),
            ("api/chat", ErrorDialect.Ollama),
            ("api/generate", ErrorDialect.Ollama),
            ("api/embed", ErrorDialect.Ollama),
            ("api/embeddings", ErrorDialect.Ollama),
            ("api/show", ErrorDialect.Ollama),
        ];
        foreach (var (path, dialect) in routes)
        {
            foreach (var fault in (string[])["truncated", "text/plain", "zstd-garbage", "compress"])
            {
                data.Add(path, dialect, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoutesAndFaults))]
    public async Task Route_UnscannableBody_RefusedInRouteDialectNothingForwarded(string path, ErrorDialect dialect, string fault)
    {
        fixture.Upstream.Clear();
        byte[] truncated = Encoding.UTF8.GetBytes("{\"model\":\"m\",\"prompt\":\"" + Planted.Sentence);
        var content = fault switch
        {
            "zstd-garbage" => new ByteArrayContent([0x28, 0xb5, 0x2f, 0xfd, 0x42, 0x42, 0x42, 0x42, 0x42]),
            _ => new ByteArrayContent(truncated),
        };
        content.Headers.TryAddWithoutValidation("Content-Type", fault == "text/plain" ? "text/plain" : "application/json");
        if (fault is "zstd-garbage")
        {
            content.Headers.ContentEncoding.Add("zstd");
        }
        else if (fault is "compress")
        {
            content.Headers.ContentEncoding.Add("compress");
        }

        using var client = fixture.Http();
        using var response = await client.PostAsync(path, content);

        await ErrorShape.AssertAsync(response, dialect, fault switch { "text/plain" or "compress" => 415, _ => 400 });
        fixture.Upstream.Requests.Should().BeEmpty("a refused request is never forwarded");
    }

    public static TheoryData<string, string, ErrorDialect> MediaBodies() => new()
    {
        {
            "anthropic/v1/messages",
            """{"model":"m","max_tokens":8,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},{"type":"text","text":"what is this?"}]}]}""",
            ErrorDialect.Anthropic
        },
        {
            "responses",
            """{"model":"m","input":[{"role":"user","content":[{"type":"input_image","image_url":"data:image/png;base64,iVBORw0KGgo="}]}]}""",
            ErrorDialect.OpenAI
        },
        { "v1/embeddings", """{"model":"m","input":[[1,2,3]]}""", ErrorDialect.OpenAI },
        { "api/chat", """{"model":"m","messages":[{"role":"user","content":"what is this?","images":["iVBORw0KGgo="]}]}""", ErrorDialect.Ollama },
        { "api/generate", """{"model":"m","prompt":"describe","images":["iVBORw0KGgo="]}""", ErrorDialect.Ollama },
    };

    [Theory]
    [MemberData(nameof(MediaBodies))]
    public async Task Route_UnscannableMedia_415InRouteDialectNothingForwarded(string path, string body, ErrorDialect dialect)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync(path, body);

        await ErrorShape.AssertAsync(response, dialect, 415);
        fixture.Upstream.Requests.Should().BeEmpty("unscanned media is not forwarded by default");
    }

    [Theory]
    [InlineData("anthropic/v1/messages/batches", ErrorDialect.Anthropic)]
    [InlineData("api/pull", ErrorDialect.Ollama)]
    [InlineData("v1/audio/transcriptions", ErrorDialect.OpenAI)]
    public async Task UnknownPath_Post_404InPathDialectNothingForwarded(string path, ErrorDialect dialect)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync(path + "?note=" + Uri.EscapeDataString(Planted.Email), new { model = "m", prompt = Planted.Sentence });

        await ErrorShape.AssertAsync(response, dialect, 404);
        fixture.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task OllamaTags_RequestWithBody_400OllamaErrorNothingForwarded()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tags")
        {
            Content = new StringContent("{\"note\":\"" + Planted.Email + "\"}", Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        await ErrorShape.AssertAsync(response, ErrorDialect.Ollama, 400);
        fixture.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task OllamaShow_ExtraMembersWithValues_EveryStringScanned()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync(
            "api/show", "{\"model\":\"deepseek-r1:8b\",\"verbose\":true,\"note\":{\"" + Planted.Email + "\":[\"" + Planted.Card + "\",1.5,null]}}");

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("member names and strings are scanned");
        upstream.BodyText.Should().Be("{\"model\":\"deepseek-r1:8b\",\"verbose\":true,\"note\":{\"[[EMAIL_1]]\":[\"[[CREDIT_CARD_1]]\",1.5,null]}}");
    }

    [Theory]
    [InlineData("anthropic/v1/messages", ErrorDialect.Anthropic)]
    [InlineData("api/chat", ErrorDialect.Ollama)]
    public async Task UpstreamError_429_PassesThroughInUpstreamShape(string path, ErrorDialect dialect)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync(path, path.StartsWith("api", StringComparison.Ordinal)
            ? new { model = "status-429", messages = new[] { new { role = "user", content = "hi" } } }
            : Anthropic.AnthropicRequests.Simple("hi", "status-429"));

        await ErrorShape.AssertAsync(response, dialect, 429);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Rate Limit Reached");
    }
}
