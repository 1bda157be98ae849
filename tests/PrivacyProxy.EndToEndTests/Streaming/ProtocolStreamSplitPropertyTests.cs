using System.Text.Json;
using CsCheck;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Streaming;

/// <summary>
/// For the Anthropic, Responses, Ollama and FIM streams: however the upstream splits its deltas (1-6 characters) and
/// its network writes (1-12 bytes), both seeded at random, the client receives the same restored text per field.
/// </summary>
public sealed class ProtocolStreamSplitPropertyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    private const int Iterations = 8;
    private static readonly string Text = "Split me: " + Planted.Sentence + " and again " + Planted.Email;

    [Fact]
    public Task AnthropicStream_AnyUpstreamSplit_SameRestoredDeltas() => ForSeeds(async seed =>
    {
        using var response = await fixture.PostJsonAsync("anthropic/v1/messages", new
        {
            model = $"claude-sonnet-4-5-seed-{seed}",
            max_tokens = 64,
            stream = true,
            messages = new[] { new { role = "user", content = Text } },
        });
        var reply = AnthropicStreamReply.Parse(await response.Content.ReadAsStringAsync());

        AssertText(reply.Thinking, FakeReplies.Reasoning(Text), seed);
        AssertText(reply.Text, FakeReplies.Content(Text), seed);
        AssertText(reply.PartialJson, AnthropicReplies.Input(Text), seed);
        reply.Signature.Should().Be(AnthropicReplies.Signature);
    });

    [Fact]
    public Task ResponsesStream_AnyUpstreamSplit_SameRestoredDeltasAndNumbering() => ForSeeds(async seed =>
    {
        using var response = await fixture.PostJsonAsync("responses", new { model = $"deepseek-v4-flash-seed-{seed}", stream = true, input = Text });
        var reply = ResponsesStreamReply.Parse(await response.Content.ReadAsStringAsync());

        AssertText(reply.Deltas["response.output_text"], FakeReplies.Content(Text), seed);
        AssertText(reply.Deltas["response.reasoning_summary_text"], FakeReplies.Reasoning(Text), seed);
        AssertText(reply.Deltas["response.function_call_arguments"], FakeReplies.Arguments(Text), seed);
        reply.SequenceNumbers.Should().Equal(Enumerable.Range(0, reply.SequenceNumbers.Count).Select(i => (long)i));
        reply.LastType.Should().Be("response.completed");
    });

    [Fact]
    public Task OllamaChatStream_AnyUpstreamSplit_SameRestoredFields() => ForSeeds(async seed =>
    {
        using var response = await fixture.PostJsonAsync("api/chat", new
        {
            model = $"deepseek-r1:8b-seed-{seed}",
            messages = new[] { new { role = "user", content = Text } },
        });
        var reply = NdjsonReply.Parse(await response.Content.ReadAsStringAsync());

        AssertText(reply.Content, FakeReplies.Content(Text), seed);
        AssertText(reply.Thinking, FakeReplies.Reasoning(Text), seed);
        AssertText(reply.ToolArguments, FakeReplies.Arguments(Text), seed);
        reply.EndsWithDone.Should().BeTrue();
    });

    [Fact]
    public Task OllamaGenerateStream_AnyUpstreamSplit_SameRestoredResponse() => ForSeeds(async seed =>
    {
        using var response = await fixture.PostJsonAsync("api/generate", new { model = $"deepseek-r1:8b-seed-{seed}", prompt = Text });
        var reply = NdjsonReply.Parse(await response.Content.ReadAsStringAsync());

        AssertText(reply.Response, FakeReplies.Completion(Text), seed);
        AssertText(reply.Thinking, FakeReplies.Reasoning(Text), seed);
    });

    [Fact]
    public Task FimStream_AnyUpstreamSplit_SameRestoredText() => ForSeeds(async seed =>
    {
        using var response = await fixture.PostJsonAsync("beta/completions", new { model = $"deepseek-v4-flash-seed-{seed}", prompt = Text, stream = true });
        var events = SseEvents.Parse(await response.Content.ReadAsStringAsync());

        events[^1].Data.Should().Be("[DONE]");
        string text = string.Concat(events.SkipLast(1).Select(e => ChoiceText(e.Data)));
        AssertText(text, FakeReplies.Completion(Text), seed);
    });

    private static Task ForSeeds(Func<int, Task> property) =>
        Gen.Int[1, 1_000_000].SampleAsync(property, iter: Iterations, threads: 1);

    private static string? ChoiceText(string data)
    {
        using var json = JsonDocument.Parse(data);
        return json.RootElement.GetProperty("choices")[0].GetProperty("text").GetString();
    }

    private static void AssertText(string? actual, string expected, int seed) =>
        (actual == expected).Should().BeTrue("seed {0}: {1}", seed, Planted.Mask(actual));
}
