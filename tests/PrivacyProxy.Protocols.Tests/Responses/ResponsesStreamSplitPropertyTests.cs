using System.Text;
using CsCheck;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>
/// For any way upstream splits a Responses stream into reads, the client receives the same bytes as for an
/// unsplit read (restoring with the real <see cref="Redaction.RedactionSession"/>).
/// </summary>
public sealed class ResponsesStreamSplitPropertyTests
{
    private static readonly Gen<int[]> ChunkSizes = StreamSplits.ChunkSizes(400, 2500);

    private const string Utf8Stream =
        "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":0,\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"北京 [[PER\"}\n\n" +
        ": keep-alive\n\n" +
        "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"SON_1]] 😀 é [[EM\"}\n\n" +
        "event: response.output_text.done\ndata: {\"type\":\"response.output_text.done\",\"sequence_number\":2,\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"text\":\"北京 [[PERSON_1]] 😀 é [[EM\"}\n\n" +
        "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":3,\"response\":{\"output_text\":\"北京 [[PERSON_1]] 😀 é [[EM\"}}\n\n";

    public static TheoryData<string, string> Streams()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "responses/responses-stream.sse", "responses/responses-split.sse", "utf8" })
        {
            data.Add(name, "LF");
            data.Add(name, "CRLF");
        }

        data.Add("responses/responses-split.sse", "CR");
        return data;
    }

    private static byte[] Load(string name, string endings)
    {
        string text = name == "utf8" ? Utf8Stream : Encoding.UTF8.GetString(Fixture.Bytes(name));
        return StreamSplits.WithLineEndings(text, endings);
    }

    private static byte[] Run(byte[] input, int[]? chunks) =>
        Transform.Run(OpenAIResponsesProtocol.Instance.CreateResponseTransformer("text/event-stream", Sessions.Issued()), input, chunks);

    [Theory]
    [MemberData(nameof(Streams))]
    public void Transform_AnySplit_SameBytesAsUnsplit(string name, string endings)
    {
        var input = Load(name, endings);
        var expected = Run(input, null);

        ChunkSizes.Sample(
            sizes => Run(input, sizes).AsSpan().SequenceEqual(expected).Should().BeTrue("a split changed the output"),
            iter: 150,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Transform_AnyLineEnding_SameEventsAndText(string name, string endings)
    {
        var lf = ResponsesEvents.Parse(SseReference.Utf8(Run(Load(name, "LF"), null)));

        var output = ResponsesEvents.Parse(SseReference.Utf8(Run(Load(name, endings), [1, 1, 2, 3, 5, 8, 13])));

        output.Select(e => e.Data.ToJsonString().Masked()).Should().Equal(lf.Select(e => e.Data.ToJsonString().Masked()));
        output.Select(e => e.Name).Should().Equal(lf.Select(e => e.Name));
    }
}
