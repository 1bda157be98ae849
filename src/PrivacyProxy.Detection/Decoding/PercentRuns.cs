using System.Buffers;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Finds percent-encoded runs: a token of URL value characters holding at least one %XX. Query separators
/// (&amp; = ? / #) end a run, so a finding replaces one encoded value, not the whole URL.
/// </summary>
internal static class PercentRuns
{
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%+!*(),;:@$");

    public static void Find(string text, List<EncodedRun> runs)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf('%', from);
            if (at < 0)
            {
                return;
            }

            if (!IsEscape(text, at))
            {
                from = at + 1;
                continue;
            }

            var start = at;
            while (start > 0 && TokenChars.Contains(text[start - 1]))
            {
                start--;
            }

            var length = text.AsSpan(at).IndexOfAnyExcept(TokenChars);
            var end = length < 0 ? text.Length : at + length;
            runs.Add(new EncodedRun(start, end, RunKind.Percent));
            from = end;
        }
    }

    private static bool IsEscape(string text, int at) =>
        at + 2 < text.Length && char.IsAsciiHexDigit(text[at + 1]) && char.IsAsciiHexDigit(text[at + 2]);
}
