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
            using var source = new MemoryStream(input, writable: false);
            using Stream decoder = coding switch
            {
                "gzip" or "x-gzip" => new GZipStream(source, CompressionMode.Decompress),
                "br" => new BrotliStream(source, CompressionMode.Decompress),
                "zstd" => new ZstdSharp.DecompressionStream(source),
                _ => IsZlib(input) ? new ZLibStream(source, CompressionMode.Decompress) : new DeflateStream(source, CompressionMode.Decompress),
            };
            return ReadBounded(decoder, maxBytes);
        }
        catch (ProtocolException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ZstdSharp.ZstdException or InvalidOperationException)
        {
            throw new ProtocolException(
                400, ProtocolErrorCodes.InvalidRequest, $"The request body is not valid {coding} data.");
        }
    }

    private static byte[] ReadBounded(Stream decoder, int maxBytes)
    {
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

    // RFC 9110 "deflate" is zlib-wrapped, but some clients send raw deflate; the zlib header tells them apart.
    private static bool IsZlib(byte[] input) =>
        input.Length >= 2 && (input[0] & 0x0F) == 8 && ((input[0] << 8) | input[1]) % 31 == 0;

    private static ProtocolException TooLarge(int maxBytes) =>
        new(413, ProtocolErrorCodes.RequestTooLarge, $"The request body exceeds the limit of {maxBytes} bytes (after decompression).");
}
