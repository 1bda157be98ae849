namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Decodes percent-encoding until the text is stable (double encoding such as %2541 is one value, not two),
/// for at most <see cref="DecodeLimits.MaxRounds"/> rounds.
/// </summary>
internal static class PercentText
{
    public static bool TryDecode(string run, out string text)
    {
        text = run;
        for (var round = 0; round < DecodeLimits.MaxRounds; round++)
        {
            var next = Uri.UnescapeDataString(text);
            if (next.Length == text.Length)
            {
                break;
            }

            text = next;
        }

        return text.Length != run.Length;
    }
}
