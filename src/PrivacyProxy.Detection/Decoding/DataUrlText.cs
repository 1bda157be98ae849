namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Decodes the payload of a <c>data:</c> URL (RFC 2397): base64 when the header says <c>;base64</c>, else
/// percent-encoded; binary media (images) are rejected by <see cref="PlausibleText"/> without a scan.
/// </summary>
internal static class DataUrlText
{
    public static bool TryDecode(string run, out string text)
    {
        text = "";
        var comma = run.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || comma == run.Length - 1)
        {
            return false;
        }

        var header = run.AsSpan(0, comma);
        var payload = run[(comma + 1)..];
        if (header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return Base64Text.TryDecode(payload, out text);
        }

        PercentText.TryDecode(payload, out text);
        return true;
    }
}
