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
}
