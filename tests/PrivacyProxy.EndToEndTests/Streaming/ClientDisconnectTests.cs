using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Streaming;

/// <summary>A client that goes away mid-stream cancels the upstream request (no generation left running).</summary>
public sealed class ClientDisconnectTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task StreamingChat_ClientDisconnectsMidStream_UpstreamRequestIsCancelled()
    {
        using var client = fixture.Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { model = "hang", stream = true, messages = new[] { new { role = "user", content = "wait " + Planted.Email } } }),
                Encoding.UTF8,
                "application/json"),
        };
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[256];
        int read = await stream.ReadAsync(buffer);
        read.Should().BePositive("the first event arrives before the upstream hangs");

        response.Dispose();
        client.Dispose();

        bool cancelled = await fixture.Upstream.WaitForAbortAsync(TimeSpan.FromSeconds(30));
        cancelled.Should().BeTrue("the upstream request is aborted when the client goes away");
    }
}
