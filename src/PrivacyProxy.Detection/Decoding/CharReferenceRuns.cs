using System.Buffers;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Finds runs holding HTML/XML character references (&amp;#x41; &amp;#65; &amp;amp;): the whitespace-free token
/// around a reference, stopped by markup and quotes so a tag or attribute is not swallowed.
/// </summary>
internal static class CharReferenceRuns
{
    private const int MaxNameLength = 32;

    private static readonly SearchValues<char> Stops = SearchValues.Create(" \t\r\n\f\v<>\"'");

    public static void Find(string text, List<EncodedRun> runs)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf('&', from);
            if (at < 0)
            {
                return;
            }

            if (!IsReference(text, at))
            {
                from = at + 1;
                continue;
            }

            var start = at;
            while (start > 0 && !Stops.Contains(text[start - 1]))
            {
                start--;
            }

            var length = text.AsSpan(at).IndexOfAny(Stops);
            var end = length < 0 ? text.Length : at + length;
            runs.Add(new EncodedRun(start, end, RunKind.CharReference));
            from = end;
        }
    }

    // &#65; &#x41; or a named reference (&amp; &nbsp;), always with its ';'.
    private static bool IsReference(string text, int at)
    {
        var i = at + 1;
        var hex = false;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            hex = i < text.Length && text[i] is 'x' or 'X';
            i += hex ? 1 : 0;
        }

        var first = i;
        var named = first == at + 1;
        while (i < text.Length && i - first <= MaxNameLength
            && (named ? char.IsAsciiLetterOrDigit(text[i]) : hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            i++;
        }

        return i > first && i < text.Length && text[i] == ';' && (!named || char.IsAsciiLetter(text[first]));
    }
}
