using System.Buffers;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>Finds <c>data:</c> URLs (RFC 2397: <c>data:[media type][;param]*[;base64],payload</c>), header included in the run.</summary>
internal static class DataUrlRuns
{
    private const string Scheme = "data:";
    private const int MaxHeader = 256;

    private static readonly SearchValues<char> PayloadStops = SearchValues.Create(" \t\r\n\f\v<>\"'`()[]{}\\");

    public static void Find(string text, List<EncodedRun> runs)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(Scheme, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return;
            }

            from = at + Scheme.Length;
            if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]))
            {
                continue;
            }

            var comma = HeaderEnd(text, from);
            if (comma < 0)
            {
                continue;
            }

            var length = text.AsSpan(comma + 1).IndexOfAny(PayloadStops);
            var end = length < 0 ? text.Length : comma + 1 + length;
            if (end > comma + 1)
            {
                runs.Add(new EncodedRun(at, end, RunKind.DataUrl));
                from = end;
            }
        }
    }

    // The ',' that ends a media type and parameters made of token characters; -1 when there is none.
    private static int HeaderEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + MaxHeader);
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c == ',')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('/' or ';' or '=' or '-' or '+' or '.' or '_'))
            {
                return -1;
            }
        }

        return -1;
    }
}
