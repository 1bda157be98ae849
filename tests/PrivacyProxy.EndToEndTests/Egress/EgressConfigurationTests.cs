using System.Text;
using Microsoft.Extensions.Options;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// <c>PrivacyProxy:Egress:Hosts</c> through the proxy's own composition: a bad entry stops the start naming its key,
/// a good one is served beside the proxy's own names while other hosts get 403.
/// </summary>
public sealed class EgressConfigurationTests
{
    [Theory]
    [InlineData("https://proxy.corp.example")]
    [InlineData("proxy.corp.example:8443")]
    [InlineData("proxy.corp.example/v1")]
    [InlineData("")]
    public async Task Start_HostThatIsNoHostName_RefusedNamingTheKey(string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["PrivacyProxy:Egress:Hosts:0"] = "proxy.corp.example",
            ["PrivacyProxy:Egress:Hosts:1"] = value,
        };
        await using var app = ProxyTestHost.Build(new Uri("http://127.0.0.1:9/"), settings, null, "http://127.0.0.1:0", out _);

        var start = () => app.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Failures.Should().ContainSingle().Which.Should().Contain("PrivacyProxy:Egress:Hosts:1");
    }

    [Theory]
    [InlineData("https://0.0.0.0:0")]
    [InlineData("https://*:0")]
    [InlineData("https://proxy.corp.example:0")]
    public async Task Start_KestrelEndpointBeyondLoopbackWithoutClientKeys_Refused(string url)
    {
        // Egress mode listens through Kestrel:Endpoints, not --urls: those addresses count for the loopback rule too.
        var settings = new Dictionary<string, string?> { ["Kestrel:Endpoints:egress:Url"] = url };
        await using var app = ProxyTestHost.Build(new Uri("http://127.0.0.1:9/"), settings, null, "http://127.0.0.1:0", out _);

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("Listening beyond loopback requires client keys");
    }

    [Fact]
    public async Task ConfiguredHost_Served_OtherHostRefused()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await ProxyTestHost.StartAsync(
            upstream.BaseUri, new Dictionary<string, string?> { ["PrivacyProxy:Egress:Hosts:0"] = "proxy.corp.example" });
        using var client = new HttpClient { BaseAddress = proxy.BaseUri };

        using var served = await client.SendAsync(Chat("Proxy.Corp.Example:443"));
        using var refused = await client.SendAsync(Chat("other.corp.example"));

        served.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        await ErrorShape.AssertAsync(refused, ErrorDialect.OpenAI, 403);
        upstream.Requests.Should().ContainSingle("only the served request was forwarded");
    }

    [Theory]
    [InlineData("v1/chat/completions")]
    [InlineData("v1/models")]
    [InlineData("api/tags")]
    public async Task HostCarryingAValue_Refused_NeitherForwardedNorEchoedNorLogged(string path)
    {
        var logs = new CapturingLoggerProvider();
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await ProxyTestHost.StartAsync(upstream.BaseUri, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Yarp"] = "Trace",
        }, logs);
        using var client = new HttpClient { BaseAddress = proxy.BaseUri };
        using var request = path.StartsWith("v1/chat", StringComparison.Ordinal) ? Chat(Planted.Fill("{KEY}.example.com")) : new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Planted.Fill("{KEY}.example.com");

        using var response = await client.SendAsync(request);

        await ErrorShape.AssertAsync(response, path.StartsWith("api/", StringComparison.Ordinal) ? ErrorDialect.Ollama : ErrorDialect.OpenAI, 403);
        upstream.Requests.Should().BeEmpty();
        logs.Entries.Count(Planted.AnyIn).Should().Be(0, "the refused host is never logged");
    }

    private static HttpRequestMessage Chat(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent("""{"model":"m","messages":[{"role":"user","content":"hello"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host;
        return request;
    }
}
