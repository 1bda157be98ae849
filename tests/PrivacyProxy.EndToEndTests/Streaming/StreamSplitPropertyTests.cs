using System.Text;
using System.Text.Json;
using CsCheck;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Streaming;

/// <summary>
/// However the upstream splits its stream (deltas of 1-6 characters, network writes of 1-12 bytes, both seeded
/// at random), the client receives the same restored content, reasoning and tool-call arguments.
/// </summary>
public sealed class StreamSplitPropertyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task StreamingChat_AnyUpstreamSplit_ClientReceivesSameRestoredFields()
    {
        string text = "Split me: " + Planted.Sentence + " and again " + Planted.Email;
        using var client = fixture.Http();

        await Gen.Int[1, 1_000_000].SampleAsync(
            async seed =>
            {
                var reply = await StreamAsync(client, text, $"deepseek-v4-flash-seed-{seed}");

                (reply.Content == FakeReplies.Content(text)).Should().BeTrue("content for seed {0}: {1}", seed, Planted.Mask(reply.Content));
                (reply.Reasoning == FakeReplies.Reasoning(text)).Should().BeTrue("reasoning for seed {0}: {1}", seed, Planted.Mask(reply.Reasoning));
                (reply.Arguments == FakeReplies.Arguments(text)).Should().BeTrue("arguments for seed {0}: {1}", seed, Planted.Mask(reply.Arguments));
                reply.Done.Should().BeTrue("[DONE] is kept");
                reply.UsageOnLast.Should().BeTrue("usage stays on the last chunk");
            },
            iter: 20,
            threads: 1);
    }

    [Fact]
    public async Task StreamingChat_EventStream_HeadersMarkItUnbufferedWithoutLength()
    {
        using var client = fixture.Http();
        using var request = ChatRequest("hello " + Planted.Email, FakeReplies.DefaultModel);

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        response.Headers.GetValues("X-Accel-Buffering").Should().Equal("no");
        response.Content.Headers.ContentLength.Should().BeNull();
        string body = await response.Content.ReadAsStringAsync();
        body.Should().StartWith(": keep-alive\n\n", "comments are forwarded in place");
        body.Should().EndWith("data: [DONE]\n\n");
    }

    private static async Task<SseReply> StreamAsync(HttpClient client, string text, string model)
    {
        using var request = ChatRequest(text, model);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return SseReply.Parse(await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage ChatRequest(string text, string model) =>
        new(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new
                {
                    model,
                    stream = true,
                    stream_options = new { include_usage = true },
                    messages = new[] { new { role = "user", content = text } },
                }),
                Encoding.UTF8,
                "application/json"),
        };
}
