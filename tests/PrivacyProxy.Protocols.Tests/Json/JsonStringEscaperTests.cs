using System.Buffers;
using System.Text;
using System.Text.Json;
using CsCheck;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Tests.Json;

/// <summary>Re-encoded strings are valid JSON with minimal escaping.</summary>
public sealed class JsonStringEscaperTests
{
    private static string Quote(string value)
    {
        var output = new ArrayBufferWriter<byte>();
        JsonStringEscaper.WriteQuoted(value, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\n\r\t\b\f\u0001", "\"\\n\\r\\t\\b\\f\\u0001\"")]
    [InlineData("北京 😀 é <>&'", "\"北京 😀 é <>&'\"")]
    public void WriteQuoted_Value_MinimalEscaping(string value, string expected)
    {
        Quote(value).Should().Be(expected);
    }

    [Fact]
    public void WriteQuoted_LoneSurrogate_Escaped()
    {
        Quote(new string(['\ud800', 'x', '\udc00'])).Should().Be("\"\\uD800x\\uDC00\"");
    }

    [Fact]
    public void WriteQuoted_AnyString_RoundTripsThroughJsonParser()
    {
        Gen.String.Sample(value => JsonSerializer.Deserialize<string>(Quote(value)).Should().Be(value), iter: 500, threads: 1);
    }
}
