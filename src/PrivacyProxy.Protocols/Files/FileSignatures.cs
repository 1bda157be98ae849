namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Recognises content the scanner cannot read by its leading bytes (magic numbers), whatever type the client
/// declared. Returns a fixed description for error messages, never anything taken from the content.
/// </summary>
internal static class FileSignatures
{
    // PDF readers accept the header anywhere in the first 1024 bytes.
    private const int PdfHeaderWindow = 1024;

    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> OleCompound => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> Gzip => [0x1F, 0x8B];

    private static ReadOnlySpan<byte> SevenZip => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];

    private static ReadOnlySpan<byte> Xz => [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00];

    private static ReadOnlySpan<byte> Zstd => [0x28, 0xB5, 0x2F, 0xFD];

    private static ReadOnlySpan<byte> Utf16Le => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16Be => [0xFE, 0xFF];

    /// <summary>The kind of unreadable content <paramref name="data"/> starts with, or null when none is recognised.</summary>
    public static string? Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(Png))
        {
            return "a PNG image";
        }

        if (data.StartsWith(Jpeg))
        {
            return "a JPEG image";
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return "a GIF image";
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return "a WebP image";
        }

        if (HasPdfHeader(data[..Math.Min(data.Length, PdfHeaderWindow)]))
        {
            return "a PDF document";
        }

        return DetectContainer(data);
    }

    /// <summary>A <c>%PDF-</c> header at the start of a line (a text merely mentioning one mid-line is still text).</summary>
    private static bool HasPdfHeader(ReadOnlySpan<byte> window)
    {
        int offset = 0;
        while (window[offset..].IndexOf("%PDF-"u8) is var found and >= 0)
        {
            int at = offset + found;
            if (at == 0 || window[at - 1] is (byte)'\n' or (byte)'\r')
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static string? DetectContainer(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("PK\x03\x04"u8) || data.StartsWith("PK\x05\x06"u8) || data.StartsWith("PK\x07\x08"u8))
        {
            return "a ZIP archive (or a document packaged as one: docx, xlsx, pptx, odt, epub, jar)";
        }

        if (data.StartsWith(OleCompound))
        {
            return "an Office (OLE compound) document";
        }

        if (data.StartsWith(Gzip))
        {
            return "a gzip archive";
        }

        if (data.StartsWith(SevenZip))
        {
            return "a 7z archive";
        }

        if (data.StartsWith("Rar!\x1A\x07"u8))
        {
            return "a RAR archive";
        }

        if (data.StartsWith(Xz) || data.StartsWith(Zstd) ||
            (data.StartsWith("BZh"u8) && data.Length > 3 && data[3] is >= (byte)'1' and <= (byte)'9'))
        {
            return "a compressed archive (xz, zstd or bzip2)";
        }

        if (data.Length >= 262 && data[257..262].SequenceEqual("ustar"u8))
        {
            return "a tar archive";
        }

        if (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8))
        {
            return "an ISO media file (HEIC, AVIF, MP4)";
        }

        if (data.StartsWith(Utf16Le) || data.StartsWith(Utf16Be))
        {
            return "UTF-16 or UTF-32 text (only UTF-8 is scanned)";
        }

        return null;
    }
}
