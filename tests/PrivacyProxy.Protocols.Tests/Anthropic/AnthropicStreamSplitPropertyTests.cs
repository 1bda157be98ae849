using System.Text;
using CsCheck;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>
/// For any way upstream splits its bytes, the client receives the same Anthropic stream as for an unsplit read
/// (restoring with the real <see cref="Redaction.RedactionSession"/>).
/// </summary>
public sealed class AnthropicStreamSplitPropertyTests
{
    private static readonly Gen<int[]> ChunkSizes = StreamSplits.ChunkSizes(300, 1500);

    // Placeholders split across deltas, a block that ends held back, multi-byte text, a comment and a ping.
    private const string Synthetic =
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"北京 [[PER\"}}\n\n" +
        ": keep-alive\n\n" +
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"SON_1]] 😀 [[EM\"}}\n\n" +
        "event: ping\ndata: {\"type\": \"ping\"}\n\n" +
        "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n" +
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"f\",\"input\":{}}}\n\n" +
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"é\\\": \\\"[[CITY\"}}\n\n" +
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"_1]] [[PASSWORD_1]]\\\"}\"}}\n\n" +
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"cut [[EMAIL_\"}}\n\n";

    public static TheoryData<string, string> Streams()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "stream-text.sse", "stream-thinking-tool.sse", "error.sse", "synthetic" })
        {
            data.Add(name, "LF");
            data.Add(name, "CRLF");
            data.Add(name, "CR");
        }

        return data;
    }

    private static byte[] Load(string name, string endings)
    {
        string text = name == "synthetic" ? Synthetic : Encoding.UTF8.GetString(Fixture.Bytes(Path.Combine("anthropic", name)));
        return StreamSplits.WithLineEndings(text, endings);
    }

    private static byte[] Run(byte[] input, int[]? chunks) =>
        Transform.Run(AnthropicMessagesProtocol.Instance.CreateResponseTransformer("text/event-stream", AnthropicSessions.Issued()), input, chunks);

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
        var lf = AnthropicSse.Parse(Encoding.UTF8.GetString(Run(Load(name, "LF"), null)));

        var output = AnthropicSse.Parse(Encoding.UTF8.GetString(Run(Load(name, endings), [1, 1, 2, 3, 5, 8, 13])));

        output.Select(e => e.Name).Should().Equal(lf.Select(e => e.Name));
        output.Select(e => e.Name).Should().Equal(output.Select(e => e.Type), "every event is named after its type");
        var text = AnthropicSse.Accumulate(output);
        text.Keys.Should().Equal(AnthropicSse.Accumulate(lf).Keys);
        text.Values.Zip(AnthropicSse.Accumulate(lf).Values).All(p => p.First == p.Second).Should().BeTrue("same text for every ending");
        text.Values.Any(v => v.Contains("[[PERSON_1]]", StringComparison.Ordinal) || v.Contains("[[CITY_1]]", StringComparison.Ordinal))
            .Should().BeFalse("issued placeholders are restored");
    }
}
