using System.Buffers;

namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Finds base64 runs (either alphabet, with padding, wrapped over lines of equal length) and the hex runs inside
/// them, in one pass that jumps from run to run with vectorised searches. Words and identifiers are runs too;
/// they are dropped by the length rules here or, at the latest, by the text check of a short decoded prefix.
/// </summary>
internal static class Base64Runs
{
    /// <summary>A run this long is worth a decode anywhere; base64 of 12 bytes.</summary>
    public const int LongRun = 16;

    /// <summary>
    /// A shorter run needs padding, a key before it (<c>password: aHVudGVyMg==</c>), or the look of base64:
    /// capitals and small letters, with digits or in whole 4-character groups (<c>QmFzZTY0</c>; a word such as
    /// <c>Together</c> passes too and is dropped when its 6 decoded bytes are not text).
    /// </summary>
    public const int ShortRun = 8;

    /// <summary>Hex needs 8 bytes: shorter hex is ids, colours and counters.</summary>
    public const int MinHexDigits = 16;

    /// <summary>Shortest line a wrapped run is followed over (tools wrap at 64 or 76).</summary>
    private const int MinWrapWidth = 40;

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_");

    private static readonly ulong AlphabetLow = Bits(0, 64);
    private static readonly ulong AlphabetHigh = Bits(64, 128);

    private static readonly SearchValues<char> Separators = SearchValues.Create("+/-_");

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static void Find(string text, List<EncodedRun> runs)
    {
        var span = text.AsSpan();
        var i = 0;

        // Invariant: the character before i is not in the alphabet. Only runs of ShortRun or more matter, so the
        // last character of the next ShortRun is probed first (prose and code break into runs every few
        // characters, and most probes skip a whole word without reading it).
        while (i + ShortRun <= span.Length)
        {
            var probe = i + ShortRun - 1;
            if (!InAlphabet(span[probe]))
            {
                i = probe + 1;
                continue;
            }

            var gap = probe - 1;
            while (gap >= i && InAlphabet(span[gap]))
            {
                gap--;
            }

            if (gap >= i)
            {
                i = gap + 1;
                continue;
            }

            var start = i;
            var end = probe + 1;
            while (end < span.Length && InAlphabet(span[end]))
            {
                end++;
            }

            i = end;
            if (end - start >= MinHexDigits)
            {
                FindHex(span, start, end, runs);
            }

            var padded = end + Padding(span, end);
            if (IsCandidate(text, start, end, padded))
            {
                var wrapped = padded == end ? Wrapped(span, start, end) : padded;
                runs.Add(new EncodedRun(start, wrapped, RunKind.Base64));
                i = Math.Max(i, wrapped);
            }
        }
    }

    private static bool InAlphabet(char c) => c < 128 && ((c < 64 ? AlphabetLow >> c : AlphabetHigh >> (c - 64)) & 1) != 0;

    private static ulong Bits(int from, int to)
    {
        var bits = 0UL;
        for (var c = from; c < to; c++)
        {
            if (Alphabet.Contains((char)c))
            {
                bits |= 1UL << (c - from);
            }
        }

        return bits;
    }

    private static int RunEnd(ReadOnlySpan<char> span, int start)
    {
        var length = span[start..].IndexOfAnyExcept(Alphabet);
        return length < 0 ? span.Length : start + length;
    }

    // Up to two '=' that end the run; '=' followed by more of the alphabet is an assignment (_auth=dXNl...).
    private static int Padding(ReadOnlySpan<char> span, int end)
    {
        var count = 0;
        while (end + count < span.Length && span[end + count] == '=' && count < 2)
        {
            count++;
        }

        return end + count < span.Length && (span[end + count] == '=' || Alphabet.Contains(span[end + count])) ? 0 : count;
    }

    private static bool IsCandidate(string text, int start, int end, int padded)
    {
        var body = end - start;
        var run = text.AsSpan(start, body);
        if (body % 4 == 1 || (padded > end && (padded - start) % 4 != 0))
        {
            return false;
        }

        // One alphabet per run: a path (a/b-c) or a kebab identifier mixes them, base64 never does.
        if (run.IndexOfAny('+', '/') >= 0 && run.IndexOfAny('-', '_') >= 0)
        {
            return false;
        }

        return body >= LongRun || padded > end || LooksEncoded(run, body % 4 == 0) || KeyCue.IsValuePosition(text, start);
    }

    private static bool LooksEncoded(ReadOnlySpan<char> run, bool wholeGroups) =>
        run.ContainsAnyInRange('A', 'Z') && run.ContainsAnyInRange('a', 'z') && (wholeGroups || run.ContainsAnyInRange('0', '9'));

    // A run that fills its line continues on the next ones (after their indentation) while they are as wide;
    // the last, shorter line ends it.
    private static int Wrapped(ReadOnlySpan<char> span, int start, int end)
    {
        var width = end - start;
        if (width < MinWrapWidth || width % 4 != 0)
        {
            return end;
        }

        while (true)
        {
            var line = LineBreakEnd(span, end);
            if (line < 0)
            {
                return end;
            }

            while (line < span.Length && span[line] is ' ' or '\t')
            {
                line++;
            }

            var lineEnd = RunEnd(span, line);
            var length = lineEnd - line;
            if (length == 0 || length > width)
            {
                return end;
            }

            if (length < width)
            {
                // A shorter line ends the value unless it is the next key (`  other: dmFsdWU=`).
                var last = lineEnd + Padding(span, lineEnd);
                return last < span.Length && span[last] is ':' or '=' ? end : last;
            }

            end = lineEnd;
        }
    }

    private static int LineBreakEnd(ReadOnlySpan<char> span, int at)
    {
        if (at < span.Length && span[at] == '\n')
        {
            return at + 1;
        }

        return at + 1 < span.Length && span[at] == '\r' && span[at + 1] == '\n' ? at + 2 : -1;
    }

    // Hex runs are the pieces of a base64 run between separators that are hex digits only.
    private static void FindHex(ReadOnlySpan<char> span, int start, int end, List<EncodedRun> runs)
    {
        var piece = start;
        while (piece < end)
        {
            var length = span[piece..end].IndexOfAny(Separators);
            var pieceEnd = length < 0 ? end : piece + length;
            var digits = span[piece..pieceEnd];
            if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                digits = digits[2..];
            }

            if (digits.Length >= MinHexDigits && digits.Length % 2 == 0 && !digits.ContainsAnyExcept(HexDigits))
            {
                runs.Add(new EncodedRun(piece, pieceEnd, RunKind.Hex));
            }

            piece = pieceEnd + 1;
        }
    }
}
