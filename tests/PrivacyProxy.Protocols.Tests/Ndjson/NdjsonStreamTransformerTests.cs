using System.Text;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Ollama;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Ndjson;

/// <summary>NDJSON framing: lines reassembled across reads, terminators kept, non-JSON and error lines in order.</summary>
public sealed class NdjsonStreamTransformerTests
{
    private static byte[] Run(string stream, int[] chunks) =>
        Transform.Run(OllamaGenerateProtocol.Instance.CreateResponseTransformer("application/x-ndjson", Sessions.Issued()), Encoding.UTF8.GetBytes(stream), chunks);

    [Fact]
    public void Transform_LineSplitAcrossReads_EmittedOnlyWhenComplete()
    {
        var transformer = OllamaGenerateProtocol.Instance.CreateResponseTransformer("application/x-ndjson", Sessions.Issued());
        var output = new System.Buffers.ArrayBufferWriter<byte>();

        transformer.Transform("{\"response\":\"a\"}\n{\"resp"u8, output);
        Encoding.UTF8.GetString(output.WrittenSpan).Should().Be("{\"response\":\"a\"}\n", "a complete line goes out at once");

        transformer.Transform("onse\":\"b\"}\r"u8, output);
        output.WrittenCount.Should().Be(17, "a line is held until its newline");

        transformer.Transform("\n"u8, output);
        Encoding.UTF8.GetString(output.WrittenSpan).Should().Be("{\"response\":\"a\"}\n{\"response\":\"b\"}\r\n");
    }

    [Fact]
    public void Transform_CrLfLines_TerminatorsKeptAndSyntheticLineUsesThem()
    {
        string output = Encoding.UTF8.GetString(Run("{\"response\":\"x [[PERSON_1]]\"}\r\n{\"response\":\"[[EMAIL\"}\r\n", [1, 1, 4]));

        output.Should().EndWith("{\"response\":\"[[EMAIL\",\"done\":false}\r\n");
        output.Split("\r\n").Should().HaveCount(4);
        output.Replace("\r\n", string.Empty, StringComparison.Ordinal).Contains('\n').Should().BeFalse();
    }

    [Fact]
    public void Transform_LastLineWithoutNewline_RestoredAtComplete()
    {
        string output = Encoding.UTF8.GetString(Run("{\"response\":\"a\"}\n{\"response\":\"b [[PERSON_1]]\",\"done\":true}", [20]));

        output.Masked().Should().Be($"{{\"response\":\"a\"}}\n{{\"response\":\"b {Restorers.PersonValue.Replace("\"", "\\\"", StringComparison.Ordinal)}\",\"done\":true}}".Masked());
    }

    [Fact]
    public void Transform_NonJsonAndErrorLines_PassUnchangedInOrder()
    {
        const string stream = "garbage [[PERSON_1]]\n{\"response\":\"[[PERSON_1]]\"}\n\n{\"error\":\"[[EMAIL_1]] boom\"}\n{\"response\":\"tail\"";

        var lines = Encoding.UTF8.GetString(Run(stream, [2, 3])).Split('\n');

        lines[0].Should().Be("garbage [[PERSON_1]]");
        lines[1].Should().NotContain("[[PERSON_1]]");
        lines[2].Should().BeEmpty();
        lines[3].Should().Be("{\"error\":\"[[EMAIL_1]] boom\"}");
        lines[4].Should().Be("{\"response\":\"tail\"");
        lines.Should().HaveCount(5);
    }

    [Fact]
    public void Transform_MultiByteCharactersSplitAcrossReads_Intact()
    {
        const string stream = "{\"response\":\"北京 😀 [[PERSON_1]] é\"}\n";

        var output = OllamaClientReference.Read(Encoding.UTF8.GetString(Run(stream, Enumerable.Repeat(1, 80).ToArray())), chat: false);

        output.Field("response").Masked().Should().Be($"北京 😀 {Restorers.PersonValue} é".Masked());
    }
}
