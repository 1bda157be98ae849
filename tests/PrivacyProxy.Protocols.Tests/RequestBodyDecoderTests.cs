using System.IO.Compression;
using System.Text;

namespace PrivacyProxy.Protocols.Tests;

/// <summary>Compressed request bodies are decoded within the size limit, or refused.</summary>
public sealed class RequestBodyDecoderTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"北京 hello\"}]}");

    private static byte[] Compress(string coding, byte[] data)
    {
        using var output = new MemoryStream();
        using (Stream stream = coding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest),
            "br" => new BrotliStream(output, CompressionLevel.Fastest),
            "zlib" => new ZLibStream(output, CompressionLevel.Fastest),
            "raw-deflate" => new DeflateStream(output, CompressionLevel.Fastest),
            _ => new ZstdSharp.CompressionStream(output),
        })
        {
            stream.Write(data);
        }

        return output.ToArray();
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("x-gzip", "gzip")]
    [InlineData("br", "br")]
    [InlineData("zstd", "zstd")]
    [InlineData("deflate", "zlib")]
    [InlineData("GZIP", "gzip")]
    public void Decode_SupportedCoding_ReturnsOriginal(string header, string coding)
    {
        RequestBodyDecoder.Decode(Compress(coding, Body), header).Should().Equal(Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("identity")]
    public void Decode_Identity_ReturnsInput(string? header)
    {
        RequestBodyDecoder.Decode(Body, header).Should().Equal(Body);
    }

    [Fact]
    public void Decode_StackedCodings_UndoneInReverseOrder()
    {
        var twice = Compress("br", Compress("gzip", Body));

        RequestBodyDecoder.Decode(twice, "gzip, br").Should().Equal(Body);
    }

    [Fact]
    public void Decode_ZstdMagicFromCodex_Decoded()
    {
        var compressed = Compress("zstd", Body);

        compressed.AsSpan(0, 4).ToArray().Should().Equal(0x28, 0xB5, 0x2F, 0xFD);
        RequestBodyDecoder.Decode(compressed, "zstd").Should().Equal(Body);
    }

    [Fact]
    public void Decode_RawDeflateWithoutZlibWrapper_400()
    {
        var act = () => RequestBodyDecoder.Decode(Compress("raw-deflate", Body), "deflate");

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("compress")]
    [InlineData("gzip, snappy")]
    [InlineData("aes128gcm")]
    public void Decode_UnknownCoding_415(string header)
    {
        var act = () => RequestBodyDecoder.Decode(Body, header);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(415);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("zstd")]
    [InlineData("deflate")]
    public void Decode_CorruptData_400(string coding)
    {
        var corrupt = Encoding.UTF8.GetBytes("this is not compressed data at all, just text pretending");

        var act = () => RequestBodyDecoder.Decode(corrupt, coding);

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(400);
        error.Message.Should().NotContain("pretending");
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("zstd", "zstd")]
    [InlineData("br", "br")]
    [InlineData("deflate", "zlib")]
    [InlineData("deflate", "raw-deflate")]
    public void Decode_TruncatedOrRawDeflate_400(string coding, string format)
    {
        var compressed = Compress(format, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("abcdefghij", 2000))));

        var act = () => RequestBodyDecoder.Decode(compressed.AsSpan(0, compressed.Length / 2), coding);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("zstd")]
    public void Decode_DecompressionBomb_413(string coding)
    {
        var bomb = Compress(coding, new byte[8 * 1024 * 1024]);

        var act = () => RequestBodyDecoder.Decode(bomb, coding, maxBytes: 1024 * 1024);

        (bomb.Length * 50).Should().BeLessThan(8 * 1024 * 1024, "the bomb is small on the wire");
        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(413);
    }

    [Fact]
    public void Decode_RawBodyOverLimit_413()
    {
        var act = () => RequestBodyDecoder.Decode(new byte[2048], null, maxBytes: 1024);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(413);
    }

    [Fact]
    public async Task ReadAsync_StreamOverLimit_413WithoutReadingItAll()
    {
        using var stream = new MemoryStream(new byte[4096]);

        var act = () => RequestBodyDecoder.ReadAsync(stream, null, maxBytes: 1000);

        (await act.Should().ThrowAsync<ProtocolException>()).Which.StatusCode.Should().Be(413);
    }

    [Fact]
    public async Task ReadAsync_GzipStream_Decoded()
    {
        using var stream = new MemoryStream(Compress("gzip", Body));

        (await RequestBodyDecoder.ReadAsync(stream, "gzip")).Should().Equal(Body);
    }
}
