using System.Text.Json;
using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests;

/// <summary>protocols.md 1.8, fixtures/synthetic/split-placeholder.sse: placeholders split across SSE chunks.</summary>
public sealed class SplitPlaceholderFixtureTests
{
    private const string Fixture = """
        data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"deepseek-v4-flash","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}

        data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"deepseek-v4-flash","choices":[{"index":0,"delta":{"content":"Dear [[PER"},"logprobs":null,"finish_reason":null}]}

        data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"deepseek-v4-flash","choices":[{"index":0,"delta":{"content":"SON_1]], your"},"logprobs":null,"finish_reason":null}]}

        data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"deepseek-v4-flash","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_00_a","type":"function","function":{"name":"send_mail","arguments":"{\"to\":\"[[EMA"}}]},"logprobs":null,"finish_reason":null}]}

        data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"deepseek-v4-flash","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"IL_1]]\"}"}}]},"logprobs":null,"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29,"prompt_cache_hit_tokens":0,"prompt_cache_miss_tokens":20}}

        data: [DONE]

        """;

    [Fact]
    public void SplitPlaceholderFixture_ContentAndArguments_RestoredAsSoonAsComplete()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        session.Scrub($"Write to {PlantedValues.Person} at {PlantedValues.Email}.");
        IStreamingTextRestorer content = session.BeginStream(TextContext.Plain);
        IStreamingTextRestorer arguments = session.BeginStream(TextContext.JsonString);
        var contentOut = new List<string>();
        var argumentsOut = new List<string>();

        foreach (JsonElement delta in Deltas())
        {
            if (delta.TryGetProperty("content", out JsonElement text) && text.ValueKind == JsonValueKind.String)
            {
                contentOut.Add(content.Push(text.GetString()!));
            }

            if (delta.TryGetProperty("tool_calls", out JsonElement calls))
            {
                argumentsOut.Add(arguments.Push(calls[0].GetProperty("function").GetProperty("arguments").GetString()!));
            }
        }

        contentOut.Add(content.Flush());
        argumentsOut.Add(arguments.Flush());

        string.Join("|", contentOut).ShouldEqualMasked("|Dear |Alice O\"Neil, your|");
        string.Join("|", argumentsOut).ShouldEqualMasked("{\"to\":\"|alice@example.com\"}|");
        session.RestoredCount.Should().Be(2);
    }

    [Fact]
    public void SplitPlaceholderFixture_ValueWithQuoteInArguments_JsonEscaped()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        session.Scrub($"Write to {PlantedValues.Person}.");
        IStreamingTextRestorer arguments = session.BeginStream(TextContext.JsonString);

        string restored = arguments.Push("{\"name\":\"[[PER") + arguments.Push("SON_1]]\"}") + arguments.Flush();

        restored.ShouldEqualMasked("{\"name\":\"Alice O\\\"Neil\"}");
        using var document = JsonDocument.Parse(restored);
        (document.RootElement.GetProperty("name").GetString() == PlantedValues.Person).Should().BeTrue("the value must parse back");
    }

    private static List<JsonElement> Deltas()
    {
        var deltas = new List<JsonElement>();
        foreach (string line in Fixture.Split('\n'))
        {
            if (!line.StartsWith("data: {", StringComparison.Ordinal))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line["data: ".Length..]);
            deltas.Add(document.RootElement.GetProperty("choices")[0].GetProperty("delta").Clone());
        }

        return deltas;
    }
}
