using System.Text;
using CsCheck;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>
/// For any way upstream splits its bytes, the client receives the same stream as for an unsplit read
/// (restoring with the real <see cref="Redaction.RedactionSession"/>).
/// </summary>
public sealed class StreamSplitPropertyTests
{
    private static readonly Gen<int[]> ChunkSizes = StreamSplits.ChunkSizes(300, 1500);

    private const string Utf8Stream =
        "data: {\"id\":\"u\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"北京 [[PER\"},\"finish_reason\":null}]}\n\n" +
        ": keep-alive\n\n" +
        "data: {\"id\":\"u\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"SON_1]] 😀 ok\"},\"finish_reason\":null}]}\n\n" +
        "data: {\"id\":\"u\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"é [[EMAIL_1]] [[EM\"},\"finish_reason\":null}]}\n\n" +
        "data: [DONE]\n\n";

    public static TheoryData<string, string> Streams()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Fixture.SseNames)
        {
            data.Add(name, "LF");
            data.Add(name, "CRLF");
            data.Add(name, "CR");
        }

        data.Add("utf8", "LF");
        data.Add("utf8", "CRLF");
        return data;
    }

    private static byte[] Load(string name, string endings)
    {
        string text = name == "utf8" ? Utf8Stream : Encoding.UTF8.GetString(Fixture.Bytes(name));
        return StreamSplits.WithLineEndings(text, endings);
    }

    private static byte[] Run(byte[] input, int[]? chunks) =>
        Transform.Run(OpenAIChatProtocol.Instance.CreateResponseTransformer("text/event-stream", Sessions.Issued()), input, chunks);

    private static string Flatten(SortedDictionary<string, string> text) =>
        string.Join("\n", text.Select(pair => pair.Key + "=" + pair.Value));

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
    public void Transform_AnyLineEnding_SameEventsTextAndOrder(string name, string endings)
    {
        var lf = SseReference.Parse(SseReference.Utf8(Run(Load(name, "LF"), null)));
        var input = SseReference.Parse(SseReference.Utf8(Load(name, endings)));

        var output = SseReference.Parse(SseReference.Utf8(Run(Load(name, endings), [1, 1, 2, 3, 5, 8, 13])));

        output.Should().HaveCount(lf.Count);
        Flatten(SseReference.Accumulate(output)).Masked().Should().Be(Flatten(SseReference.Accumulate(lf)).Masked());
        output.Where(i => i.Comment is not null).Should().Equal(input.Where(i => i.Comment is not null));
        output.Select(i => i.Comment is null).Should().Equal(lf.Select(i => i.Comment is null), "comments keep their place");
        output[^1].Data.Should().Be("[DONE]");
        SseReference.Accumulate(output).Values.Any(v => v.Contains("[[PERSON_1]]", StringComparison.Ordinal) || v.Contains("[[EMAIL_1]]", StringComparison.Ordinal))
            .Should().BeFalse("issued placeholders are restored");
    }
}
