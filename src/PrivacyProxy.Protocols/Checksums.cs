using System.Buffers.Binary;

namespace PrivacyProxy.Protocols;

/// <summary>
/// The trailer checksums of gzip (CRC-32) and zlib (Adler-32). .NET's decompression streams stop quietly at the
/// end of truncated input, so the decoder checks the trailers itself to tell a whole body from a cut one.
/// </summary>
internal static class Checksums
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>True when the gzip trailer (CRC-32, size mod 2^32) matches the decoded bytes.</summary>
    public static bool GzipTrailerMatches(ReadOnlySpan<byte> compressed, ReadOnlySpan<byte> decoded) =>
        compressed.Length >= 18 &&
        BinaryPrimitives.ReadUInt32LittleEndian(compressed[^8..]) == Crc32(decoded) &&
        BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]) == unchecked((uint)decoded.Length);

    /// <summary>True when the zlib trailer (Adler-32) matches the decoded bytes.</summary>
    public static bool ZlibTrailerMatches(ReadOnlySpan<byte> compressed, ReadOnlySpan<byte> decoded) =>
        compressed.Length >= 6 && BinaryPrimitives.ReadUInt32BigEndian(compressed[^4..]) == Adler32(decoded);

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            // 5552 is the longest run before b can overflow 32 bits.
            int run = Math.Min(data.Length, 5552);
            foreach (byte value in data[..run])
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[run..];
        }

        return (b << 16) | a;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
