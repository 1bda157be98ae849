using System.Text;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>Codex zstd-compresses its request bodies: decoded first, then scrubbed like any other.</summary>
public sealed class ResponsesCompressedRequestTests
{
    [Fact]
    public void RewriteRequest_ZstdBodyFromCodex_DecodedThenScrubbed()
    {
        var body = Encoding.UTF8.GetBytes(Secrets.Fill(
            """{"model":"deepseek-v4-flash","instructions":"i","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"mail {EMAIL} card {CARD}"}]}],"stream":true}"""));
        using var compressed = new MemoryStream();
        using (var zstd = new ZstdSharp.CompressionStream(compressed))
        {
            zstd.Write(body);
        }

        var wire = compressed.ToArray();
        wire.AsSpan(0, 4).ToArray().Should().Equal(new byte[] { 0x28, 0xb5, 0x2f, 0xfd });
        var decoded = RequestBodyDecoder.Decode(wire, "zstd");
        string output = Encoding.UTF8.GetString(OpenAIResponsesProtocol.Instance.RewriteRequest(decoded, Secrets.Scrubber(), RequestRewriteOptions.Default));

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, "input[0].content[0].text").Masked().Should().Be("mail [[EMAIL_1]] card [[CREDIT_CARD_1]]".Masked());
    }
}
