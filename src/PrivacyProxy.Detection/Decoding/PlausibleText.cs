using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Decides whether decoded bytes are text worth scanning (UTF-8, or UTF-16LE as PowerShell's -EncodedCommand
/// uses) and not binary (images, hashes, random keys): those are rejected here, before any scan.
/// </summary>
internal static class PlausibleText
{
    /// <summary>Bytes of a long run checked before the whole run is decoded, so a binary blob costs almost nothing.</summary>
    public const int PrefixBytes = 48;

    /// <summary>True when <paramref name="prefix"/>, the start of a longer decoding, may be text.</summary>
    public static bool PrefixMayBeText(ReadOnlySpan<byte> prefix) => TryDecode(prefix, final: false, out _, keep: false);

    /// <summary>The text <paramref name="bytes"/> hold, or false when they are not plausibly text.</summary>
    public static bool TryGetText(ReadOnlySpan<byte> bytes, out string text) => TryDecode(bytes, final: true, out text, keep: true);

    private static bool TryDecode(ReadOnlySpan<byte> bytes, bool final, out string text, bool keep)
    {
        text = "";
        if (bytes.Length < 3)
        {
            return false;
        }

        if (LooksLikeUtf16(bytes))
        {
            var units = MemoryMarshal.Cast<byte, char>(bytes[..(bytes.Length & ~1)]);
            if (!IsPrintable(units))
            {
                return false;
            }

            text = keep ? new string(units) : "";
            return true;
        }

        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == OperationStatus.InvalidData || !IsPrintable(buffer.AsSpan(0, written)))
            {
                return false;
            }

            text = keep ? new string(buffer, 0, written) : "";
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // UTF-16LE of ASCII text: every odd byte is zero. Real UTF-8 text never holds a NUL.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return false;
        }

        for (var i = 1; i < bytes.Length; i += 2)
        {
            if (bytes[i] != 0)
            {
                return false;
            }
        }

        return true;
    }

    // Text has no control characters but tab and line breaks, no lone surrogates, and at least one letter or
    // digit; a long text may hold a few stray controls (one in 32), a short one none.
    private static bool IsPrintable(ReadOnlySpan<char> chars)
    {
        var bad = 0;
        var alphanumeric = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                alphanumeric++;
            }
            else if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007F' || c == '\uFFFD' || (c >= '\u0080' && c < '\u00A0'))
            {
                bad++;
            }
            else if (char.IsHighSurrogate(c) && (i + 1 >= chars.Length || !char.IsLowSurrogate(chars[i + 1])))
            {
                bad++;
            }
        }

        return alphanumeric > 0 && (chars.Length < 32 ? bad == 0 : bad * 32 <= chars.Length);
    }
}
