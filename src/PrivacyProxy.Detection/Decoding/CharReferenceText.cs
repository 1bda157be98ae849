using System.Net;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Decodes HTML and XML character references (&amp;#x41; &amp;#65; &amp;amp; ...) until the text is stable, for at
/// most <see cref="DecodeLimits.MaxRounds"/> rounds (&amp;amp;#65; is an escaped reference, still a value).
/// </summary>
internal static class CharReferenceText
{
    public static bool TryDecode(string run, out string text)
    {
        text = run;
        for (var round = 0; round < DecodeLimits.MaxRounds; round++)
        {
            var next = WebUtility.HtmlDecode(text);
            if (next.Length == text.Length)
            {
                break;
            }

            text = next;
        }

        return text.Length != run.Length;
    }
}
