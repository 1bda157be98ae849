using System.Buffers;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>Decodes an even-length run of hex digits (an optional 0x prefix) to text, when the bytes are text.</summary>
internal static class HexText
{
    public static bool TryDecode(ReadOnlySpan<char> run, out string text)
    {
        text = "";
        if (run.Length > 2 && run[0] == '0' && (run[1] | 0x20) == 'x')
        {
            run = run[2..];
        }

        if (run.Length % 2 != 0)
        {
            return false;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(run.Length / 2);
        try
        {
            var head = Math.Min(run.Length, PlausibleText.PrefixBytes * 2);
            if (Convert.FromHexString(run[..head], bytes, out _, out var headBytes) != OperationStatus.Done
                || (head < run.Length && !PlausibleText.PrefixMayBeText(bytes.AsSpan(0, headBytes))))
            {
                return false;
            }

            return Convert.FromHexString(run, bytes, out _, out var written) == OperationStatus.Done
                && PlausibleText.TryGetText(bytes.AsSpan(0, written), out text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
