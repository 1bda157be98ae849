using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>Streamed chat and completions responses: per-choice restoring, releases at finish, [DONE] and end.</summary>
public sealed class StreamResponseTests
{
    private const string Envelope = "\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"created\":7,\"model\":\"m\"";

    private static string Run(string stream, IWireProtocol? protocol = null) =>
        Transform.RunText(protocol ?? OpenAIChatProtocol.Instance, "text/event-stream", Restorers.Default(), Encoding.UTF8.GetBytes(stream));

    private static string Chunk(string choices, string extra = "") => "data: {" + Envelope + ",\"choices\":[" + choices + "]" + extra + "}\n\n";

    private static List<SseReference.Item> Events(string output) => SseReference.Parse(output);

    [Fact]
    public void Transform_SplitPlaceholderFixture_ReleasesWhenComplete()
    {
        string output = SseReference.Utf8(Transform.Run(
            OpenAIChatProtocol.Instance.CreateResponseTransformer("text/event-stream", Restorers.Default()), Fixture.Bytes("split-placeholder.sse")));
        var events = Events(output);

        JsonAt.String(events[1].Data!, "choices[0].delta.content").Masked().Should().Be("Dear ".Masked());
        JsonAt.String(events[2].Data!, "choices[0].delta.content").Masked().Should().Be("Alice O\"Neil, your".Masked());
        JsonAt.String(events[3].Data!, "choices[0].delta.tool_calls[0].function.arguments").Masked().Should().Be("{\"to\":\"".Masked());
        var text = SseReference.Accumulate(events);
        text["0/tool0/arguments"].Masked().Should().Be("{\"to\":\"alice@example.com\"}".Masked());
        events[^1].Data.Masked().Should().Be("[DONE]".Masked());
        JsonAt.Node(events[4].Data!, "usage.prompt_tokens")!.GetValue<int>().Should().Be(20);
    }

    [Fact]
    public void Transform_N2Fixture_KeepsOneBufferPerChoice()
    {
        var text = SseReference.Accumulate(Events(Run(SseReference.Utf8(Fixture.Bytes("n2.sse")))));

        text["0/content"].Masked().Should().Be("Alice O\"Neil".Masked());
        text["1/content"].Masked().Should().Be("Hi Alice O\"Neil".Masked());
    }

    [Theory]
    [InlineData("chat-stream-thinking-tool.sse")]
    [InlineData("usage-tail.sse")]
    public void Transform_FixtureWithoutPlaceholders_ByteIdentical(string fixture)
    {
        var input = Fixture.Bytes(fixture);

        Transform.Run(OpenAIChatProtocol.Instance.CreateResponseTransformer("text/event-stream", Restorers.Default()), input).Should().Equal(input);
    }

    [Fact]
    public void Transform_FinishChunkWithoutField_HeldBackTextAddedToIt()
    {
        string stream = Chunk("{\"index\":0,\"delta\":{\"content\":\"a [[PER\",\"reasoning_content\":\"b [[EMA\"},\"finish_reason\":null}") +
            Chunk("{\"index\":0,\"delta\":{\"content\":\"\",\"reasoning_content\":null},\"finish_reason\":\"stop\"}", ",\"usage\":{\"total_tokens\":3}") +
            "data: [DONE]\n\n";

        var events = Events(Run(stream));

        events.Should().HaveCount(3);
        JsonAt.String(events[1].Data!, "choices[0].delta.content").Masked().Should().Be("[[PER".Masked());
        JsonAt.String(events[1].Data!, "choices[0].delta.reasoning_content").Masked().Should().Be("[[EMA".Masked());
        JsonAt.Node(events[1].Data!, "usage.total_tokens")!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public void Transform_FinishChunkWithEmptyDelta_FieldsAndToolCallsInserted()
    {
        string stream = Chunk("{\"index\":0,\"delta\":{\"content\":\"x [[PER\",\"tool_calls\":[{\"index\":1,\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":\\\"[[EM\"}}]},\"finish_reason\":null}") +
            Chunk("{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}") + "data: [DONE]\n\n";

        var events = Events(Run(stream));

        JsonAt.String(events[1].Data!, "choices[0].delta.content").Masked().Should().Be("[[PER".Masked());
        JsonAt.Node(events[1].Data!, "choices[0].delta.tool_calls[0].index")!.GetValue<int>().Should().Be(1);
        JsonAt.String(events[1].Data!, "choices[0].delta.tool_calls[0].function.arguments").Masked().Should().Be("[[EM".Masked());
        SseReference.Accumulate(events)["0/tool1/arguments"].Masked().Should().Be("{\"a\":\"[[EM".Masked());
    }

    [Fact]
    public void Transform_ChoiceWithoutDelta_DeltaAdded()
    {
        string stream = Chunk("{\"index\":0,\"delta\":{\"content\":\"[[PERSON_1\"},\"finish_reason\":null}") +
            Chunk("{\"index\":0,\"finish_reason\":\"length\"}") + "data: [DONE]\n\n";

        var events = Events(Run(stream));

        JsonAt.String(events[1].Data!, "choices[0].delta.content").Masked().Should().Be("[[PERSON_1".Masked());
        JsonAt.String(events[1].Data!, "choices[0].finish_reason").Masked().Should().Be("length".Masked());
    }

    [Theory]
    [InlineData("data: [DONE]\n\n")]
    [InlineData("")]
    public void Transform_StreamEndsWhileHolding_SyntheticChunkInLastEnvelopeBeforeDone(string ending)
    {
        string stream = Chunk("{\"index\":0,\"delta\":{\"content\":\"Hi [[PERS\"},\"finish_reason\":null}") + ending;

        var events = Events(Run(stream));

        events.Should().HaveCount(ending.Length == 0 ? 2 : 3);
        var synthetic = JsonNode.Parse(events[1].Data!)!;
        synthetic["id"]!.GetValue<string>().Should().Be("x");
        synthetic["object"]!.GetValue<string>().Should().Be("chat.completion.chunk");
        synthetic["created"]!.GetValue<int>().Should().Be(7);
        synthetic["model"]!.GetValue<string>().Should().Be("m");
        JsonAt.String(events[1].Data!, "choices[0].delta.content").Masked().Should().Be("[[PERS".Masked());
        if (ending.Length > 0)
        {
            events[^1].Data.Masked().Should().Be("[DONE]".Masked());
        }
    }

    [Fact]
    public void Transform_CompletionsStream_RestoresTextAndFlushesIntoText()
    {
        string stream = "data: {\"id\":\"f\",\"object\":\"text_completion\",\"choices\":[{\"index\":0,\"text\":\"k='[[EMA\",\"finish_reason\":null}]}\n\n" +
            "data: {\"id\":\"f\",\"object\":\"text_completion\",\"choices\":[{\"index\":0,\"text\":\"IL_1]]' [[PER\",\"finish_reason\":null}]}\n\n" +
            "data: [DONE]\n\n";

        var events = Events(Run(stream, OpenAICompletionsProtocol.Instance));

        SseReference.Accumulate(events)["0/text"].Masked().Should().Be("k='alice@example.com' [[PER".Masked());
        JsonAt.String(events[2].Data!, "choices[0].text").Masked().Should().Be("[[PER".Masked());
        events[^1].Data.Masked().Should().Be("[DONE]".Masked());
    }

    [Theory]
    [InlineData("data: {\"error\":{\"message\":\"[[EMAIL_1]]\",\"type\":\"proxy_error\"}}\n\n")]
    [InlineData("data: not json [[EMAIL_1]]\n\n")]
    [InlineData("event: ping\nid: 3\nretry: 10\n\n")]
    [InlineData(": OPENROUTER PROCESSING\n\n: keep-alive\n\n")]
    public void Transform_EventsItDoesNotUnderstand_PassVerbatim(string stream)
    {
        Run(stream).Masked().Should().Be(stream.Masked());
    }

    [Fact]
    public void Transform_ChangedEvent_KeepsOtherLinesAndTerminators()
    {
        string stream = "event: chunk\r\nid: 9\r\n: inside\r\ndata:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"[[EMAIL_1]]\"}}]}\r\n\r\n";

        Run(stream).Masked().Should().Be("event: chunk\r\nid: 9\r\n: inside\r\ndata: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"alice@example.com\"}}]}\r\n\r\n".Masked());
    }

    [Fact]
    public void Transform_MultiLineData_RestoredAndSplitBackIntoLines()
    {
        string stream = "data: {\"choices\":[{\"index\":0,\ndata: \"delta\":{\"content\":\"[[EMAIL_1]]\"}}]}\n\n";

        var events = Events(Run(stream));

        JsonAt.String(events[0].Data!, "choices[0].delta.content").Masked().Should().Be(Secrets.Email.Masked());
    }

    [Fact]
    public void Transform_EachCompleteEvent_EmittedWithoutWaitingForMore()
    {
        var transformer = OpenAIChatProtocol.Instance.CreateResponseTransformer("text/event-stream", Restorers.Default());
        var output = new ArrayBufferWriter<byte>();

        transformer.Transform(": keep-alive\n"u8, output);
        int afterComment = output.WrittenCount;
        transformer.Transform(Encoding.UTF8.GetBytes(Chunk("{\"index\":0,\"delta\":{\"content\":\"[[EMAIL_1]] ok\"}}")), output);
        int afterEvent = output.WrittenCount;

        afterComment.Should().Be(": keep-alive\n".Length);
        Encoding.UTF8.GetString(output.WrittenSpan[afterComment..afterEvent]).Should().Contain("alice@example.com ok");
    }

    [Fact]
    public void Transform_UsageTailAfterFinish_PassesAndDoneStaysLast()
    {
        string stream = Chunk("{\"index\":0,\"delta\":{\"content\":\"[[EMAIL_1]]\"},\"finish_reason\":\"stop\"}") +
            "data: {\"id\":\"x\",\"choices\":[],\"usage\":{\"total_tokens\":5}}\n\ndata: [DONE]\n\n";

        var events = Events(Run(stream));

        events.Should().HaveCount(3);
        JsonAt.String(events[0].Data!, "choices[0].delta.content").Masked().Should().Be(Secrets.Email.Masked());
        events[1].Data.Masked().Should().Be("{\"id\":\"x\",\"choices\":[],\"usage\":{\"total_tokens\":5}}".Masked());
        events[2].Data.Masked().Should().Be("[DONE]".Masked());
    }
}
