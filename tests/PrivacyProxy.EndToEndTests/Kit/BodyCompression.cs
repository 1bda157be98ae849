using System.IO.Compression;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>Compresses request bodies the way clients do (Codex: zstd; others: gzip, br).</summary>
internal static class BodyCompression
{
    /// <summary>Returns <paramref name="data"/> encoded with <paramref name="encoding"/> (<c>gzip</c>, <c>br</c> or <c>zstd</c>).</summary>
    public static byte[] Compress(byte[] data, string encoding)
    {
        if (encoding == "zstd")
        {
            using var compressor = new ZstdSharp.Compressor();
            return compressor.Wrap(data).ToArray();
        }

        using var output = new MemoryStream();
        using (Stream compressor = encoding == "gzip"
            ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)
            : new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }
}
