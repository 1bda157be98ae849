using System.Text;
using System.Text.Json;
using OpenAI.Chat;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Logging;

/// <summary>
/// With every category logging at Trace, a JSON chat, a streamed chat and refused requests full of planted values
/// leave no planted value in any log line, structured value or exception text.
/// </summary>
public sealed class LogSafetyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task Logs_TrafficWithPlantedValues_NoValueInAnyLogEntry()
    {
        var chat = fixture.Chat();
        await chat.CompleteChatAsync([new SystemChatMessage("ops " + Planted.Email), new UserChatMessage(Planted.Sentence)]);
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("stream " + Planted.Sentence)]))
        {
            update.Should().NotBeNull();
        }

        using var client = fixture.Http();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", Planted.Ip);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Cookie", "k=" + Planted.AwsKey);
        string truncated = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + Planted.Sentence;
        (await client.PostAsync("v1/chat/completions", new StringContent(truncated, Encoding.UTF8, "application/json"))).Dispose();
        (await client.PostAsync("v1/chat/completions?card=" + Uri.EscapeDataString(Planted.Card), new StringContent(
            JsonSerializer.Serialize(new { model = "m", messages = new[] { new { role = "user", content = Planted.Ssn } } }),
            Encoding.UTF8,
            "application/json"))).Dispose();
        (await client.PostAsync("v1/chat/completions", new StringContent(Planted.Sentence, Encoding.UTF8, "text/plain"))).Dispose();

        var entries = fixture.Logs.Entries;
        entries.Should().Contain(e => e.Contains("scrubbed", StringComparison.Ordinal), "the capturing provider sees the proxy's logs");
        entries.Should().Contain(e => e.Contains("restored", StringComparison.Ordinal));
        for (int i = 0; i < entries.Count; i++)
        {
            Planted.Which(entries[i]).Should().BeEmpty("log entry {0} must not carry a planted value", i);
        }
    }

    [Fact]
    public async Task Logs_AnthropicResponsesOllamaAndUploadTraffic_NoValueInAnyLogEntry()
    {
        int before = fixture.Logs.Entries.Count;
        (await fixture.PostJsonAsync("anthropic/v1/messages?beta=true", Anthropic.AnthropicRequests.EveryField(stream: true))).Dispose();
        (await fixture.PostJsonAsync("anthropic/v1/messages/count_tokens", Anthropic.AnthropicRequests.EveryField())).Dispose();
        (await fixture.PostJsonAsync("responses", Responses.ResponsesRequests.EveryField(stream: true))).Dispose();
        (await fixture.PostJsonAsync("api/chat", Ollama.OllamaRequests.Chat(stream: true))).Dispose();
        (await fixture.PostJsonAsync("api/generate", Ollama.OllamaRequests.Generate(stream: false))).Dispose();
        (await fixture.PostJsonAsync("api/embed", new { model = "e", input = new[] { Planted.Sentence } })).Dispose();
        (await fixture.PostJsonAsync("anthropic/v1/messages", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + Planted.Sentence)).Dispose();
        (await fixture.PostJsonAsync("api/chat", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + Planted.Sentence + "\",\"images\":[\"aGk=\"]}]}")).Dispose();
        using (var client = fixture.Http())
        using (var form = Files.Uploads.TextForm())
        {
            (await client.PostAsync("files", form)).Dispose();
        }

        var entries = fixture.Logs.Entries.Skip(before).ToList();
        entries.Should().Contain(e => e.Contains("anthropic-messages", StringComparison.Ordinal), "the capturing provider sees these routes");
        entries.Should().Contain(e => e.Contains("refused", StringComparison.Ordinal));
        for (int i = 0; i < entries.Count; i++)
        {
            Planted.Which(entries[i]).Should().BeEmpty("log entry {0} must not carry a planted value", i);
        }
    }
}
