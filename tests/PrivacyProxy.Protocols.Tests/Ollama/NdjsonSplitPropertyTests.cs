using System.Text;
using CsCheck;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>
/// For any way upstream splits its NDJSON bytes, the client receives the same bytes as for an unsplit read
/// (restoring with the real <see cref="Redaction.RedactionSession"/>).
/// </summary>
public sealed class NdjsonSplitPropertyTests
{
    private static readonly Gen<int[]> ChunkSizes = StreamSplits.ChunkSizes(300, 1200);

    private const string Generate =
        "{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"北京 [[PER\",\"thinking\":\"😀 [[EMA\",\"done\":false}\n" +
        "not json\n\n" +
        "{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"SON_1]] é [[EMAIL_1]] [[\",\"thinking\":\"IL_1]]\",\"done\":false}\n" +
        "{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"PASSWORD_1]]\",\"done\":true,\"context\":[1,2]}\n";

    private const string HeldAtEnd =
        "{\"model\":\"m\",\"created_at\":\"t\",\"message\":{\"role\":\"assistant\",\"content\":\"a [[PERSON_1]] [[EMAIL_1\"},\"done\":false}\n" +
        "{\"model\":\"m\",\"created_at\":\"t\",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"[[PASS\"},\"done\":false}";

    private const string ErrorAfterHeld =
        "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"x [[PERSON_1]] [[PER\"},\"done\":false}\n" +
        "{\"error\":\"an error was encountered while running the model\"}\n";

    public static TheoryData<string, string> Streams() => new()
    {
        { "chat-stream", "LF" },
        { "chat-stream", "CRLF" },
        { "error-midstream", "LF" },
        { "error-midstream", "CRLF" },
        { "generate", "LF" },
        { "generate", "CRLF" },
        { "held-at-end", "LF" },
        { "held-at-end", "CRLF" },
        { "error-after-held", "LF" },
    };

    private static (IWireProtocol Protocol, byte[] Input) Load(string name, string endings)
    {
        var (protocol, text) = name switch
        {
            "chat-stream" => ((IWireProtocol)OllamaChatProtocol.Instance, Encoding.UTF8.GetString(Fixture.Bytes("ollama/chat-stream.ndjson"))),
            "error-midstream" => (OllamaGenerateProtocol.Instance, Encoding.UTF8.GetString(Fixture.Bytes("ollama/error-midstream.ndjson"))),
            "generate" => (OllamaGenerateProtocol.Instance, Generate),
            "held-at-end" => (OllamaChatProtocol.Instance, HeldAtEnd),
            _ => (OllamaChatProtocol.Instance, ErrorAfterHeld),
        };
        return (protocol, Encoding.UTF8.GetBytes(endings == "CRLF" ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text));
    }

    private static byte[] Run(IWireProtocol protocol, byte[] input, int[]? chunks) =>
        Transform.Run(protocol.CreateResponseTransformer("application/x-ndjson", Sessions.Issued()), input, chunks);

    [Theory]
    [MemberData(nameof(Streams))]
    public void Transform_AnySplit_SameBytesAsUnsplit(string name, string endings)
    {
        var (protocol, input) = Load(name, endings);
        var expected = Run(protocol, input, null);

        ChunkSizes.Sample(
            sizes => Run(protocol, input, sizes).AsSpan().SequenceEqual(expected).Should().BeTrue("a split changed the output"),
            iter: 150,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Transform_Unsplit_EveryLineValidAndNoIssuedPlaceholderLeft(string name, string endings)
    {
        var (protocol, input) = Load(name, endings);

        string output = Encoding.UTF8.GetString(Run(protocol, input, null));
        var client = OllamaClientReference.Read(output.Replace("not json", string.Empty, StringComparison.Ordinal), chat: protocol is OllamaChatProtocol);

        client.Text.Values.Any(v => v.Contains("[[PERSON_1]]", StringComparison.Ordinal) || v.Contains("[[EMAIL_1]]", StringComparison.Ordinal))
            .Should().BeFalse("issued placeholders are restored");
        client.Lines.Should().NotBeEmpty();
    }
}
