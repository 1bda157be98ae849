using System.Buffers;
using System.IO.Compression;

namespace PrivacyProxy.Protocols;

/// <summary>
/// Reads and decodes a request body by its Content-Encoding (identity, gzip, deflate, br, zstd), counting the
/// decoded size against the limit as it goes so a small compressed body cannot expand without bound. Bodies that
/// cannot be decoded are refused: the proxy never forwards bytes it could not inspect.
/// </summary>
public static class RequestBodyDecoder
{
    /// <summary>Default limit for raw and decoded bodies: 32 MiB.</summary>
    public const int DefaultMaxBytes = 32 * 1024 * 1024;

    /// <summary>Returns the decoded body.</summary>
    /// <exception cref="ProtocolException">415 unknown coding, 400 corrupt data, 413 over the limit.</exception>
    public static byte[] Decode(ReadOnlySpan<byte> body, string? contentEncoding, int maxBytes = DefaultMaxBytes)
    {
        if (body.Length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var codings = ParseCodings(contentEncoding);
        byte[] current = body.ToArray();
        for (int i = codings.Count - 1; i >= 0; i--)
        {
            current = DecodeOne(current, codings[i], maxBytes);
        }

        return current;
    }

    /// <summary>Reads <paramref name="body"/> to the end (at most <paramref name="maxBytes"/>) and decodes it.</summary>
    /// <exception cref="ProtocolException">415 unknown coding, 400 corrupt data, 413 over the limit.</exception>
    public static async Task<byte[]> ReadAsync(
        Stream body, string? contentEncoding, int maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        ParseCodings(contentEncoding);
        using var raw = new MemoryStream();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (raw.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                raw.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Decode(raw.GetBuffer().AsSpan(0, (int)raw.Length), contentEncoding, maxBytes);
    }

    private static List<string> ParseCodings(string? contentEncoding)
    {
        var codings = new List<string>();
        if (string.IsNullOrWhiteSpace(contentEncoding))
        {
            return codings;
        }

        foreach (var part in contentEncoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string coding = part.ToLowerInvariant();
            switch (coding)
            {
                case "identity":
                    continue;
                case "gzip" or "x-gzip" or "deflate" or "br" or "zstd":
                    codings.Add(coding);
                    break;
                default:
                    throw new ProtocolException(
                        415,
                        ProtocolErrorCodes.UnsupportedMediaType,
                        "The request Content-Encoding is not supported; use gzip, deflate, br, zstd or none.");
            }
        }

        return codings;
    }

    private static byte[] DecodeOne(byte[] input, string coding, int maxBytes)
    {
        try
        {
            return coding switch
            {
                "gzip" or "x-gzip" => Checked(ReadBounded(new GZipStream(new MemoryStream(input), CompressionMode.Decompress), maxBytes), Checksums.GzipTrailerMatches, input),
                "br" => DecodeBrotli(input, maxBytes),
                "zstd" => ReadBounded(new ZstdSharp.DecompressionStream(new MemoryStream(input)), maxBytes),
                _ when IsZlib(input) => Checked(ReadBounded(new ZLibStream(new MemoryStream(input), CompressionMode.Decompress), maxBytes), Checksums.ZlibTrailerMatches, input),
                _ => throw Corrupt(coding),
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ZstdSharp.ZstdException or InvalidOperationException)
        {
            throw Corrupt(coding);
        }

        byte[] Checked(byte[] decoded, TrailerCheck matches, byte[] compressed) =>
            matches(compressed, decoded) ? decoded : throw Corrupt(coding);
    }

    private static byte[] DecodeBrotli(byte[] input, int maxBytes)
    {
        using var decoder = new BrotliDecoder();
        using var output = new MemoryStream();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            ReadOnlySpan<byte> source = input;
            while (true)
            {
                var status = decoder.Decompress(source, buffer, out int consumed, out int written);
                source = source[consumed..];
                if (output.Length + written > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                output.Write(buffer, 0, written);
                switch (status)
                {
                    case OperationStatus.Done when source.IsEmpty:
                        return output.ToArray();
                    case OperationStatus.DestinationTooSmall:
                        continue;
                    default:
                        // NeedMoreData at the end of the body means it was cut; InvalidData or trailing bytes, corrupt.
                        throw Corrupt("br");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] ReadBounded(Stream decoder, int maxBytes)
    {
        using var owned = decoder;
        using var output = new MemoryStream();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                output.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return output.ToArray();
    }

    // RFC 9110 "deflate" is zlib-wrapped. Raw deflate (an old client mistake) has no trailer, so a cut body could
    // not be told from a whole one: it is refused as corrupt.
    private static bool IsZlib(byte[] input) =>
        input.Length >= 2 && (input[0] & 0x0F) == 8 && ((input[0] << 8) | input[1]) % 31 == 0;

    private static ProtocolException Corrupt(string coding) =>
        new(400, ProtocolErrorCodes.InvalidRequest, $"The request body is not valid {coding} data (corrupt or truncated).");

    private static ProtocolException TooLarge(int maxBytes) =>
        new(413, ProtocolErrorCodes.RequestTooLarge, $"The request body exceeds the limit of {maxBytes} bytes (after decompression).");

    private delegate bool TrailerCheck(ReadOnlySpan<byte> compressed, ReadOnlySpan<byte> decoded);
}
