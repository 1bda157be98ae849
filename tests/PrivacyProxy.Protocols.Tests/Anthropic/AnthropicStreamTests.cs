using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>Anthropic SSE: the protocols.md fixtures, per-block restoring, and where held-back text is released.</summary>
public sealed class AnthropicStreamTests
{
    private static string Run(string stream, int[]? chunks = null) =>
        Transform.RunText(AnthropicMessagesProtocol.Instance, "text/event-stream", AnthropicSessions.Issued(), Encoding.UTF8.GetBytes(stream), chunks);

    private static string Fixture(string name) => Encoding.UTF8.GetString(Support.Fixture.Bytes(Path.Combine("anthropic", name)));

    private static string Event(string type, string json) => $"event: {type}\ndata: {json}\n\n";

    private static string Delta(int index, string deltaType, string field, string value) =>
        Event("content_block_delta", $$$"""{"type":"content_block_delta","index":{{{index}}},"delta":{"type":"{{{deltaType}}}","{{{field}}}":{{{JsonValue.Create(value).ToJsonString()}}}}}""");

    private static string Stop(int index) => Event("content_block_stop", $$$"""{"type":"content_block_stop","index":{{{index}}}}""");

    [Theory]
    [InlineData("stream-text.sse")]
    [InlineData("error.sse")]
    public void Transform_FixtureWithoutPlaceholders_ByteIdentical(string name)
    {
        string input = Fixture(name);

        Run(input, [1, 2, 3, 50]).Masked().Should().Be(input.Masked());
    }

    [Fact]
    public void Transform_ThinkingToolFixture_ThinkingAndInputRestored()
    {
        var events = AnthropicSse.Parse(Run(Fixture("stream-thinking-tool.sse")));
        var text = AnthropicSse.Accumulate(events);

        text["0/thinking"].Masked().Should().Be($"Customer is {Restorers.PersonValue}.".Masked());
        text["0/signature"].Should().Be("EqQBCgIYAhIM");
        var input = JsonNode.Parse(text["1/partial_json"])!;
        (input["location"]!.GetValue<string>() == AnthropicSessions.City).Should().BeTrue("the city is restored JSON-escaped");
        events.Select(e => e.Name).Should().Equal(events.Select(e => e.Type), "each event keeps its name");
        events.Should().HaveCount(AnthropicSse.Parse(Fixture("stream-thinking-tool.sse")).Count, "nothing was held back at a block end");
    }

    [Fact]
    public void Transform_UnchangedEvents_Verbatim()
    {
        string fixture = Fixture("stream-thinking-tool.sse");
        string output = Run(fixture);

        foreach (var block in fixture.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(b => !b.Contains("[[", StringComparison.Ordinal) && !b.Contains("]]", StringComparison.Ordinal)))
        {
            output.Contains(block + "\n\n", StringComparison.Ordinal).Should().BeTrue("an event without placeholders goes out verbatim");
        }
    }

    [Theory]
    [InlineData("text_delta", "text")]
    [InlineData("thinking_delta", "thinking")]
    [InlineData("input_json_delta", "partial_json")]
    public void Transform_BlockEndsWithPlaceholderPrefix_ReleasedAsDeltaBeforeStop(string deltaType, string field)
    {
        string stream = Delta(2, deltaType, field, "see [[PERSON_1]] [[EMA") + Stop(2) + Event("message_stop", """{"type":"message_stop"}""");

        var events = AnthropicSse.Parse(Run(stream));

        events.Select(e => e.Type).Should().Equal("content_block_delta", "content_block_delta", "content_block_stop", "message_stop");
        events[1].Name.Should().Be("content_block_delta");
        var released = JsonNode.Parse(events[1].Data)!;
        released["index"]!.GetValue<int>().Should().Be(2);
        released["delta"]!["type"]!.GetValue<string>().Should().Be(deltaType);
        released["delta"]![field]!.GetValue<string>().Masked().Should().Be("[[EMA".Masked());
    }

    [Fact]
    public void Transform_ThinkingHeldBackAtSignature_ReleasedBeforeSignature()
    {
        string stream = Delta(0, "thinking_delta", "thinking", "ask [[PERS") + Delta(0, "signature_delta", "signature", "EqQB") + Stop(0);

        var events = AnthropicSse.Parse(Run(stream));

        events.Select(e => JsonNode.Parse(e.Data)!["delta"]?["type"]?.GetValue<string>() ?? e.Type)
            .Should().Equal("thinking_delta", "thinking_delta", "signature_delta", "content_block_stop");
        AnthropicSse.Accumulate(events)["0/thinking"].Masked().Should().Be("ask [[PERS".Masked());
    }

    [Fact]
    public void Transform_CrlfStream_ReleasedEventUsesCrlf()
    {
        string stream = (Delta(0, "text_delta", "text", "x [[EMAIL_1") + Stop(0)).Replace("\n", "\r\n", StringComparison.Ordinal);

        string output = Run(stream, [1, 1, 1]);

        output.Masked().Should().Contain("event: content_block_delta\r\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"[[EMAIL_1\"}}\r\n\r\nevent: content_block_stop\r\n");
    }

    [Fact]
    public void Transform_StreamCutBeforeStop_HeldBackReleasedAtEnd()
    {
        var events = AnthropicSse.Parse(Run(Delta(0, "text_delta", "text", "a [[EM") + Delta(1, "thinking_delta", "thinking", "b [[")));

        events.Should().HaveCount(4);
        var text = AnthropicSse.Accumulate(events);
        text["0/text"].Masked().Should().Be("a [[EM".Masked());
        text["1/thinking"].Masked().Should().Be("b [[".Masked());
    }

    [Fact]
    public void Transform_PlaceholderAcrossStartAndDelta_Restored()
    {
        string stream =
            Event("content_block_start", """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":"Hi [[PERSON_1]] [[EMA"}}""") +
            Delta(0, "text_delta", "text", "IL_1]]!") + Stop(0);

        var text = AnthropicSse.Accumulate(AnthropicSse.Parse(Run(stream)));

        text["0/text"].Masked().Should().Be($"Hi {Restorers.PersonValue} {Secrets.Email}!".Masked());
    }

    [Fact]
    public void Transform_ToolUseStartWithNameAndInput_RestoredWhole()
    {
        string stream = Event("content_block_start", """{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1","name":"mail_[[PERSON_1]]","input":{"to":"[[CITY_1]]"}}}""");

        var block = JsonAt.Node(AnthropicSse.Parse(Run(stream))[0].Data, "content_block")!;

        block["name"]!.GetValue<string>().Masked().Should().Be($"mail_{Restorers.PersonValue}".Masked());
        (block["input"]!["to"]!.GetValue<string>() == AnthropicSessions.City).Should().BeTrue("the input is restored JSON-escaped");
        block["id"]!.GetValue<string>().Should().Be("toolu_1");
    }

    [Fact]
    public void Transform_MessageStartAndStopSequence_Restored()
    {
        string stream =
            Event("message_start", """{"type":"message_start","message":{"id":"m","type":"message","content":[{"type":"text","text":"[[PERSON_1]]"}],"stop_sequence":null}}""") +
            Event("message_delta", """{"type":"message_delta","delta":{"stop_reason":"stop_sequence","stop_sequence":"[[EMAIL_1]]"},"usage":{"output_tokens":3}}""");

        var events = AnthropicSse.Parse(Run(stream));

        JsonAt.String(events[0].Data, "message.content[0].text").Masked().Should().Be(Restorers.PersonValue.Masked());
        JsonAt.String(events[1].Data, "delta.stop_sequence").Masked().Should().Be(Secrets.Email.Masked());
    }

    [Theory]
    [InlineData(": keep-alive\n\n")]
    [InlineData("event: ping\ndata: {\"type\": \"ping\"}\n\n")]
    [InlineData("event: future_event\ndata: {\"type\":\"future_event\",\"text\":\"[[EMAIL_1]]\"}\n\n")]
    [InlineData("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"citations_delta\",\"citation\":{\"cited_text\":\"[[EMAIL_1]]\"}}}\n\n")]
    [InlineData("event: content_block_delta\ndata: not json [[EMAIL_1]]\n\n")]
    [InlineData("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"[[EMAIL_1]]\"}}\n\n")]
    public void Transform_EventsNotRestored_Verbatim(string stream)
    {
        Run(stream, [2, 3]).Masked().Should().Be(stream.Masked());
    }

    [Fact]
    public void Transform_ErrorMidBlock_HeldBackReleasedBeforeError()
    {
        string error = "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n";

        var events = AnthropicSse.Parse(Run(Delta(0, "text_delta", "text", "so [[PASS") + error));

        events.Select(e => e.Type).Should().Equal("content_block_delta", "content_block_delta", "error");
        AnthropicSse.Accumulate(events)["0/text"].Masked().Should().Be("so [[PASS".Masked());
    }
}
