using System.Text;
using System.Text.Json.Nodes;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>Responses streams: deltas, full copies and sequence numbers, on the fixtures and on edge cases.</summary>
public sealed class ResponsesStreamTests
{
    private const string Split = "responses/responses-split.sse";

    private static string Run(string stream, IEnumerable<int>? chunks = null) =>
        Transform.RunText(OpenAIResponsesProtocol.Instance, "text/event-stream", Sessions.Issued(), Encoding.UTF8.GetBytes(stream), chunks);

    private static string Restored(string text, TextContext context = TextContext.Plain) => Sessions.Issued().Restore(text, context);

    private static string Event(string type, int sequence, string members, bool named = true) =>
        (named ? $"event: {type}\n" : string.Empty) + $"data: {{\"type\":\"{type}\",\"sequence_number\":{sequence}{members}}}\n\n";

    private static string TextDelta(int sequence, string delta, bool named = true) =>
        Event("response.output_text.delta", sequence, $",\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":{System.Text.Json.JsonSerializer.Serialize(delta)}", named);

    [Fact]
    public void Transform_DeepSeekFixture_ByteIdentical()
    {
        var input = Fixture.Bytes("responses/responses-stream.sse");

        var output = Transform.Run(OpenAIResponsesProtocol.Instance.CreateResponseTransformer("text/event-stream", Sessions.Issued()), input, [5, 1, 1, 17]);

        output.Should().Equal(input);
    }

    [Fact]
    public void Transform_SplitFixture_ClientSeesRestoredTextEverywhere()
    {
        var events = ResponsesEvents.Parse(Run(SseReference.Utf8(Fixture.Bytes(Split)), [1, 2, 3, 5, 8, 13]));
        var completed = events[^1].Data["response"]!["output"]!.AsArray();

        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["function_call_arguments/fc_1/-"] = Restored("{\"to\":\"[[EMAIL_1]]\",\"dir\":\"[[PASSWORD_1]]\"}", TextContext.JsonString),
            ["output_text/msg_1/0"] = Restored("Hello [[PERSON_1]], your path is [[PASSWORD_1]] [["),
            ["reasoning_text/rs_1/0"] = Restored("The user [[PERSON_1]] wrote from [[EMAIL_1]]."),
        };
        var items = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var done in events.Where(e => e.Type == "response.output_item.done"))
        {
            ResponsesEvents.AddItem(items, done.Data["item"]!.AsObject());
        }

        Flatten(ResponsesEvents.Deltas(events)).Masked().Should().Be(Flatten(expected).Masked());
        Flatten(ResponsesEvents.Dones(events)).Masked().Should().Be(Flatten(expected).Masked());
        Flatten(ResponsesEvents.ItemTexts(completed)).Masked().Should().Be(Flatten(expected).Masked());
        Flatten(items).Masked().Should().Be(Flatten(expected).Masked());
        JsonAt.String(expected["function_call_arguments/fc_1/-"], "dir").Masked().Should().Be("C:\\Users\\alice".Masked());
    }

    [Fact]
    public void Transform_SplitFixture_HeldBackTextInsertedBeforeDoneAndRenumbered()
    {
        string input = SseReference.Utf8(Fixture.Bytes(Split));
        var before = ResponsesEvents.Parse(input);

        var events = ResponsesEvents.Parse(Run(input));

        events.Should().HaveCount(before.Count + 1);
        events.Select(e => e.Sequence).Should().Equal(Enumerable.Range(0, events.Count).Select(i => (int?)i));
        events.Select(e => e.Name).Should().Equal(events.Select(e => e.Type), "every event keeps its name");
        int done = events.FindIndex(e => e.Type == "response.output_text.done");
        var inserted = events[done - 1].Data;
        inserted["type"]!.GetValue<string>().Should().Be("response.output_text.delta");
        inserted["delta"]!.GetValue<string>().Should().Be("[[");
        inserted["item_id"]!.GetValue<string>().Should().Be("msg_1");
        inserted["output_index"]!.GetValue<int>().Should().Be(1);
        inserted["content_index"]!.GetValue<int>().Should().Be(0);
        inserted["logprobs"].Should().BeOfType<JsonArray>();
    }

    [Fact]
    public void Transform_SplitFixture_EventsBeforeInsertionVerbatim()
    {
        string input = SseReference.Utf8(Fixture.Bytes(Split));
        string unchangedPrefix = input[..input.IndexOf("event: response.reasoning_text.delta", StringComparison.Ordinal)];

        string output = Run(input);

        output.Masked().Should().StartWith(unchangedPrefix.Masked());
        output.Masked().Should().Contain("event: response.content_part.added\ndata: {\"type\":\"response.content_part.added\",\"sequence_number\":9,");
        output.Masked().Should().Contain("event: response.content_part.done\ndata: {\"type\":\"response.content_part.done\",\"sequence_number\":15,");
    }

    [Theory]
    [InlineData("response.output_item.done", ",\"output_index\":0,\"item\":{\"id\":\"msg_1\",\"type\":\"message\"}")]
    [InlineData("response.content_part.done", ",\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\"}")]
    [InlineData("response.completed", ",\"response\":{\"status\":\"completed\"}")]
    [InlineData("response.failed", ",\"response\":{\"status\":\"failed\"}")]
    [InlineData("error", ",\"message\":\"overloaded\"")]
    public void Transform_NoTextDone_HeldBackReleasedBeforeEndingEvent(string type, string members)
    {
        string stream = TextDelta(0, "a [[EMAIL_1]] [[EMA") + Event(type, 1, members);

        var events = ResponsesEvents.Parse(Run(stream));

        events.Select(e => e.Type).Should().Equal("response.output_text.delta", "response.output_text.delta", type);
        events.Select(e => e.Sequence).Should().Equal(0, 1, 2);
        events[1].Data["delta"]!.GetValue<string>().Should().Be("[[EMA");
        ResponsesEvents.Deltas(events)["output_text/msg_1/0"].Masked().Should().Be(Restored("a [[EMAIL_1]] [[EMA").Masked());
    }

    [Fact]
    public void Transform_TypeOnlyInEventName_StillRecognised()
    {
        string stream = TextDelta(0, "x [[EMA") +
            "event: response.content_part.done\ndata: {\"sequence_number\":1,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0}\n\n";

        var events = ResponsesEvents.Parse(Run(stream));

        events.Select(e => e.Data["sequence_number"]!.GetValue<int>()).Should().Equal(0, 1, 2);
        events[1].Data["delta"]!.GetValue<string>().Should().Be("[[EMA");
        events[2].Name.Should().Be("response.content_part.done");
    }

    [Fact]
    public void Transform_OtherItemEnds_TextStaysOpen()
    {
        string stream = TextDelta(0, "x [[PERS") + Event("response.output_item.done", 1, ",\"output_index\":1,\"item\":{\"id\":\"fc_1\"}") + TextDelta(2, "ON_1]]");

        var events = ResponsesEvents.Parse(Run(stream));

        events.Should().HaveCount(3);
        events[0].Data["delta"]!.GetValue<string>().Should().Be("x ");
        ResponsesEvents.Deltas(events)["output_text/msg_1/0"].Masked().Should().Be(Restored("x [[PERSON_1]]").Masked());
    }

    [Fact]
    public void Transform_StreamEndsWithoutTerminalEvent_HeldBackReleasedAtEnd()
    {
        var events = ResponsesEvents.Parse(Run(TextDelta(4, "tail [[")));

        events.Select(e => (e.Sequence, e.Data["delta"]!.GetValue<string>())).Should().Equal((4, "tail "), (5, "[["));
    }

    [Fact]
    public void Transform_DoneSentinelFromOtherServers_HeldBackReleasedBeforeIt()
    {
        string output = Run(TextDelta(0, "a [[EM") + "data: [DONE]\n\n");

        output.Should().EndWith("\"delta\":\"[[EM\"}\n\ndata: [DONE]\n\n");
    }

    [Fact]
    public void Transform_DataOnlyEvents_InsertedEventHasNoEventLine()
    {
        string output = Run(TextDelta(0, "[[", named: false) + Event("response.output_text.done", 1, ",\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"text\":\"[[\"", named: false));

        output.Should().NotContain("event:");
        ResponsesEvents.Parse(output).Select(e => e.Sequence).Should().Equal(0, 1, 2);
    }

    [Fact]
    public void Transform_NoSequenceNumbers_InsertedEventHasNone()
    {
        string output = Run("event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"item_id\":\"m\",\"delta\":\"[[\"}\n\n");

        output.Should().NotContain("sequence_number");
        ResponsesEvents.Parse(output).Should().HaveCount(2);
    }

    [Fact]
    public void Transform_ParallelItemsAndSummaryParts_SeparateRestorers()
    {
        string stream =
            Event("response.function_call_arguments.delta", 0, ",\"item_id\":\"fc_1\",\"output_index\":1,\"delta\":\"{\\\"a\\\":\\\"[[PASS\"") +
            Event("response.function_call_arguments.delta", 1, ",\"item_id\":\"fc_2\",\"output_index\":2,\"delta\":\"{\\\"b\\\":\\\"[[EMAIL\"") +
            Event("response.reasoning_summary_text.delta", 2, ",\"item_id\":\"rs_1\",\"output_index\":0,\"summary_index\":1,\"delta\":\"s [[PER\"") +
            Event("response.function_call_arguments.delta", 3, ",\"item_id\":\"fc_2\",\"output_index\":2,\"delta\":\"_1]]\\\"}\"") +
            Event("response.reasoning_summary_part.done", 4, ",\"item_id\":\"rs_1\",\"output_index\":0,\"summary_index\":1,\"part\":{\"type\":\"summary_text\",\"text\":\"s [[PER\"}") +
            Event("response.function_call_arguments.delta", 5, ",\"item_id\":\"fc_1\",\"output_index\":1,\"delta\":\"WORD_1]]\\\"}\"") +
            Event("response.completed", 6, ",\"response\":{}");

        var events = ResponsesEvents.Parse(Run(stream));
        var deltas = ResponsesEvents.Deltas(events);

        JsonAt.String(deltas["function_call_arguments/fc_1/-"], "a").Masked().Should().Be("C:\\Users\\alice".Masked());
        JsonAt.String(deltas["function_call_arguments/fc_2/-"], "b").Masked().Should().Be(Secrets.Email.Masked());
        deltas["reasoning_summary_text/rs_1/1"].Should().Be("s [[PER");
        events[5].Type.Should().Be("response.reasoning_summary_part.done", "the summary's held-back text comes just before its part ends");
        events.Select(e => e.Sequence).Should().Equal(Enumerable.Range(0, 8).Select(i => (int?)i));
    }

    [Fact]
    public void Transform_CommentsUnknownAndUnparseableEvents_Verbatim()
    {
        string stream = ": keep-alive\n\nevent: response.web_search_call.searching\ndata: {\"type\":\"response.web_search_call.searching\",\"sequence_number\":3,\"item_id\":\"ws\"}\n\n" +
            "data: not json [[EMAIL_1]]\n\nevent: ping\n\n";

        Run(stream, [2, 2, 2]).Masked().Should().Be(stream);
    }

    private static string Flatten(SortedDictionary<string, string> text) => string.Join("\n", text.Select(pair => pair.Key + "=" + pair.Value));
}
