using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Tests.Json;

/// <summary>The fallback unescaper decodes what System.Text.Json refuses, identically otherwise.</summary>
public sealed class JsonStringReaderTests
{
    private static readonly JsonSerializerOptions Escaping = new() { Encoder = JavaScriptEncoder.Default };

    [Fact]
    public void Unescape_AnyEscapedString_SameAsSystemTextJson()
    {
        Gen.String.Sample(
            value =>
            {
                string quoted = JsonSerializer.Serialize(value, Escaping);
                var raw = Encoding.UTF8.GetBytes(quoted[1..^1]);

                JsonStringReader.Unescape(raw).Should().Be(value);
            },
            iter: 500,
            threads: 1);
    }

    [Fact]
    public void Unescape_ShortEscapes_Decoded()
    {
        JsonStringReader.Unescape("a\\b\\f\\n\\r\\t\\/\\\\\\\"\\ud800z"u8).Should().Be("a\b\f\n\r\t/\\\"\ud800z");
    }
}
