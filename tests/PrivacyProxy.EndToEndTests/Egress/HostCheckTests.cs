using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// The built program in egress mode refuses requests for hosts it does not serve with 403 in the path's own error
/// envelope and forwards nothing (over plain HTTP and over TLS with DeepSeek's SNI), and serves its own names and
/// the configured upstream name however they are spelled.
/// </summary>
public sealed class HostCheckTests(EgressFixture proxy) : IClassFixture<EgressFixture>
{
    public static TheoryData<string, ErrorDialect> Paths => new()
    {
        { "/chat/completions", ErrorDialect.OpenAI },
        { "/v1/chat/completions", ErrorDialect.OpenAI },
        { "/anthropic/v1/messages", ErrorDialect.Anthropic },
        { "/api/chat", ErrorDialect.Ollama },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ForeignHost_Refused403InThePathsDialect_NothingForwarded(string path, ErrorDialect dialect)
    {
        foreach (string host in (string[])["evil.example", "api.deepseek.com.evil.example", "deepseek.com", $"evil.example:{proxy.HttpsPort}"])
        {
            proxy.Upstream.Clear();

            using var response = await SendPlainAsync(path, host);

            await ErrorShape.AssertAsync(response, dialect, 403);
            await AssertRefusalNamesPolicyAsync(response, dialect);
            proxy.Upstream.Requests.Should().BeEmpty("a request for another host must not reach any upstream");
        }
    }

    [Fact]
    public async Task ForeignHost_UnroutedPath_Refused403NotNotFound()
    {
        proxy.Upstream.Clear();

        using var response = await SendPlainAsync("/anthropic/v1/not-a-route", "evil.example");

        await ErrorShape.AssertAsync(response, ErrorDialect.Anthropic, 403);
        proxy.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ForeignHost_RouteWithItsOwnDialect_RefusedInTheRoutesDialect()
    {
        // "GET /" is Ollama's liveness route (metadata ErrorDialect=Ollama) although its path says nothing.
        proxy.Upstream.Clear();
        using var client = proxy.PlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        await ErrorShape.AssertAsync(response, ErrorDialect.Ollama, 403);
        proxy.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ForeignHostOverTls_DeepSeekSni_Refused403NothingForwarded()
    {
        // Domain fronting: the TLS name is DeepSeek's, the Host header names another service.
        proxy.Upstream.Clear();

        var (status, body) = await Curl.PostAsync(proxy, "/chat/completions", BodyFor("/chat/completions"), ["Host: evil.example"]);

        status.Should().Be(403);
        Planted.Which(body).Should().BeEmpty();
        JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("host_not_served");
        proxy.Upstream.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("api.deepseek.com")]
    [InlineData("API.DeepSeek.COM.:443")]
    public async Task ServedHost_Forwarded(string host)
    {
        foreach (string path in (string[])["/chat/completions", "/anthropic/v1/messages", "/api/chat"])
        {
            proxy.Upstream.Clear();

            using var response = await SendPlainAsync(path, host.Replace("{port}", proxy.PlainUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

            response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
            Planted.Which(proxy.Upstream.Requests.Should().ContainSingle().Subject.Everything).Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Http10WithoutHost_ServedAsTheProxysOwn()
    {
        proxy.Upstream.Clear();
        byte[] body = Encoding.UTF8.GetBytes(BodyFor("/chat/completions"));
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(System.Net.IPAddress.Loopback, proxy.PlainUri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /chat/completions HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n"));
        await stream.WriteAsync(body);

        // HTTP/1.0: the proxy closes the connection after the answer.
        string answer = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();

        answer.StartsWith("HTTP/1.1 200", StringComparison.Ordinal).Should().BeTrue("the answer is 200 (its text is not printed: it holds the restored values)");
        Planted.CountIn(answer).Should().Be(Planted.All.Count, "values come back restored");
        Planted.Which(proxy.Upstream.Requests.Should().ContainSingle().Subject.Everything).Should().BeEmpty();
    }

    private async Task<HttpResponseMessage> SendPlainAsync(string path, string host)
    {
        using var client = proxy.PlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/'))
        {
            Content = new StringContent(BodyFor(path), Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    private static async Task AssertRefusalNamesPolicyAsync(HttpResponseMessage response, ErrorDialect dialect)
    {
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        switch (dialect)
        {
            case ErrorDialect.Anthropic:
                root.GetProperty("error").GetProperty("type").GetString().Should().Be("permission_error");
                break;
            case ErrorDialect.Ollama:
                root.GetProperty("error").GetString().Should().Contain("host");
                break;
            default:
                root.GetProperty("error").GetProperty("code").GetString().Should().Be("host_not_served");
                break;
        }
    }

    private static string BodyFor(string path) => path switch
    {
        "/anthropic/v1/messages" => JsonSerializer.Serialize(new
        {
            model = "deepseek-chat",
            max_tokens = 64,
            messages = new[] { new { role = "user", content = Planted.Sentence } },
        }),
        "/api/chat" => JsonSerializer.Serialize(new
        {
            model = OllamaReplies.Model,
            stream = false,
            messages = new[] { new { role = "user", content = Planted.Sentence } },
        }),
        _ => JsonSerializer.Serialize(new
        {
            model = "deepseek-chat",
            messages = new[] { new { role = "user", content = Planted.Sentence } },
        }),
    };
}
