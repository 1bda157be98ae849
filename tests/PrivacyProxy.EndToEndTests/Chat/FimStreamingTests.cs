using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Chat;

/// <summary>FIM completions streamed through the proxy: prompt and suffix scrubbed, <c>choices[].text</c> restored.</summary>
public sealed class FimStreamingTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Theory]
    [InlineData("beta/completions")]
    [InlineData("v1/completions")]
    public async Task FimStream_PromptAndSuffixWithValues_TextRestoredAndDoneKept(string path)
    {
        fixture.Upstream.Clear();
        string prompt = "def connect():\n    key = '" + Planted.AwsKey + "'  # " + Planted.Sentence + "\n";

        using var response = await fixture.PostJsonAsync(path, new { model = "deepseek-v4-flash-seed-3", prompt, suffix = "# owner " + Planted.Email, stream = true });

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        string body = await response.Content.ReadAsStringAsync();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/beta/completions");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        var events = SseEvents.Parse(body);
        events[^1].Data.Should().Be("[DONE]");
        string text = string.Concat(events.SkipLast(1).Select(e =>
            System.Text.Json.JsonDocument.Parse(e.Data).RootElement.GetProperty("choices")[0].GetProperty("text").GetString()));
        (text == FakeReplies.Completion(prompt)).Should().BeTrue("FIM text is restored: {0}", Planted.Mask(text));
    }
}
