using System.Buffers;
using System.Text;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Redaction.Scrubbing;

/// <summary>
/// Finds values that straddle the boundary between adjacent text pieces (content parts, blocks, messages): the
/// tail of the preceding pieces is joined directly to the head of the following ones, the window is scanned, and
/// each finding that crosses a boundary is cut into one fragment per piece it touches (issue 7, item 5).
/// </summary>
/// <remarks>
/// The window reaches <see cref="Reach"/> characters each side of a boundary, across as many short pieces as it
/// takes, so a card sent as four parts of four digits is one window. A finding seen from several boundaries is
/// kept once. The boundary scanned is always joined with no separator: a value split mid-token must join back
/// whole, and a split at a space already carries its space in one of the pieces. Other boundaries in the window
/// that would glue a letter or digit to a letter or digit are the catch: a card at the end of a message followed
/// by "That was all." reads as <c>1111That</c>, and a card in four parts followed by the number 256 as 19 digits,
/// which no detector takes for a card. So the window is also scanned with a line break at those boundaries: all of
/// them, those before the scanned boundary, and those after it (a value spans a contiguous run of boundaries).
/// </remarks>
internal static class JunctionFindings
{
    /// <summary>Characters taken each side of a boundary.</summary>
    public const int Reach = 256;

    /// <summary>What stands in for a boundary that is not glued.</summary>
    private const char Separator = '\n';

    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// Returns, per piece, the fragments of findings that cross one of its boundaries (piece offsets), or null when
    /// none. <paramref name="inPiece"/> holds each piece's own findings, which a junction finding that only extends
    /// one of them by letters must not overrule (see <see cref="OnlyExtends"/>).
    /// </summary>
    public static List<Finding>[]? Find(IDetector detector, IReadOnlyList<string> pieces, IReadOnlyList<Finding>[] inPiece)
    {
        if (pieces.Count < 2)
        {
            return null;
        }

        var starts = new int[pieces.Count + 1];
        for (int i = 0; i < pieces.Count; i++)
        {
            starts[i + 1] = starts[i] + pieces[i].Length;
        }

        List<Finding>[]? fragments = null;
        HashSet<(int Start, int End)>? seen = null;
        var window = new Window(pieces, starts);
        for (int boundary = 1; boundary < pieces.Count; boundary++)
        {
            int at = starts[boundary];
            if (at == 0 || at == starts[^1])
            {
                continue;
            }

            int from = Math.Max(0, at - Reach);
            int to = Math.Min(starts[^1], at + Reach);
            foreach (Glue glue in window.Variants(boundary, from, to))
            {
                window.Fill(from, to, boundary, glue);
                foreach (Finding finding in detector.Detect(window.Text))
                {
                    int start = window.GlobalStart(finding.Start);
                    int end = window.GlobalEnd(finding.End);
                    if (start >= at || end <= at || OnlyExtends(finding.Type, start, end, boundary, pieces, starts, inPiece) ||
                        !(seen ??= []).Add((start, end)))
                    {
                        continue;
                    }

                    fragments ??= new List<Finding>[pieces.Count];
                    Cut(finding, start, end, starts, fragments);
                }
            }
        }

        return fragments;
    }

    /// <summary>
    /// True when a finding of a self-delimiting type (an e-mail address) is a finding already complete in one of
    /// the two pieces, lengthened only by letters of the other: the next word glued to an address at the end of a
    /// part, not an address split in two. Keeping the in-piece finding keeps that word out of the placeholder.
    /// </summary>
    private static bool OnlyExtends(string type, int start, int end, int boundary, IReadOnlyList<string> pieces, int[] starts, IReadOnlyList<Finding>[] inPiece)
    {
        if (!string.Equals(type, "EMAIL", StringComparison.Ordinal) || start < starts[boundary - 1] || end > starts[boundary + 1])
        {
            return false;
        }

        int at = starts[boundary];
        string before = pieces[boundary - 1];
        string after = pieces[boundary];
        bool leftComplete = Has(inPiece[boundary - 1], type, start - starts[boundary - 1], before.Length) &&
            !after.AsSpan(0, end - at).ContainsAnyExcept(AsciiLetters);
        bool rightComplete = Has(inPiece[boundary], type, 0, end - at) &&
            !before.AsSpan(start - starts[boundary - 1]).ContainsAnyExcept(AsciiLetters);
        return leftComplete || rightComplete;
    }

    private static bool Has(IReadOnlyList<Finding> findings, string type, int start, int end)
    {
        foreach (Finding finding in findings)
        {
            if (finding.Start == start && finding.End == end && string.Equals(finding.Type, type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Cut(Finding finding, int start, int end, int[] starts, List<Finding>[] fragments)
    {
        for (int piece = PieceAt(starts, start); piece < fragments.Length && starts[piece] < end; piece++)
        {
            int lo = Math.Max(start, starts[piece]) - starts[piece];
            int hi = Math.Min(end, starts[piece + 1]) - starts[piece];
            if (hi > lo)
            {
                (fragments[piece] ??= []).Add(finding with { Start = lo, End = hi });
            }
        }
    }

    /// <summary>The piece holding global offset <paramref name="offset"/> (the last piece starting at or before it).</summary>
    private static int PieceAt(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, 0, starts.Length - 1, offset);
        if (index < 0)
        {
            return ~index - 1;
        }

        // Empty pieces share a start: take the last of them, which is the one that holds the offset.
        while (index + 1 < starts.Length - 1 && starts[index + 1] == offset)
        {
            index++;
        }

        return index;
    }

    /// <summary>Which of the other word-to-word boundaries of a window stay glued.</summary>
    private enum Glue
    {
        All,
        Before,
        After,
        None,
    }

    /// <summary>The joined text around one boundary, with the global offset of each of its characters.</summary>
    private sealed class Window(IReadOnlyList<string> pieces, int[] starts)
    {
        private readonly StringBuilder _text = new(2 * Reach);
        private readonly List<int> _offsets = new(2 * Reach);

        public string Text { get; private set; } = string.Empty;

        /// <summary>
        /// The glue variants worth scanning: all glued, and, when other boundaries in the window join a letter or
        /// digit to another, each distinct choice of which of them get a separator.
        /// </summary>
        public IEnumerable<Glue> Variants(int boundary, int from, int to)
        {
            bool before = false;
            bool after = false;
            for (int k = PieceAt(starts, from) + 1; k < pieces.Count && starts[k] < to; k++)
            {
                if (k != boundary && starts[k] > from && WordToWord(k))
                {
                    before |= k < boundary;
                    after |= k > boundary;
                }
            }

            yield return Glue.All;
            if (before && after)
            {
                yield return Glue.Before;
                yield return Glue.After;
            }

            if (before || after)
            {
                yield return Glue.None;
            }
        }

        /// <summary>Copies the joined text between global offsets <paramref name="from"/> and <paramref name="to"/>.</summary>
        public void Fill(int from, int to, int boundary, Glue glue)
        {
            _text.Clear();
            _offsets.Clear();
            int piece = PieceAt(starts, from);
            while (piece < pieces.Count && starts[piece] < to)
            {
                if (piece != boundary && starts[piece] > from && Separated(piece, boundary, glue) && WordToWord(piece))
                {
                    _text.Append(Separator);
                    _offsets.Add(-1);
                }

                int lo = Math.Max(from, starts[piece]) - starts[piece];
                int hi = Math.Min(to, starts[piece + 1]) - starts[piece];
                _text.Append(pieces[piece], lo, hi - lo);
                for (int i = lo; i < hi; i++)
                {
                    _offsets.Add(starts[piece] + i);
                }

                piece++;
            }

            Text = _text.ToString();
        }

        /// <summary>The global offset of the first text character at or after window offset <paramref name="start"/>.</summary>
        public int GlobalStart(int start)
        {
            while (start < _offsets.Count && _offsets[start] < 0)
            {
                start++;
            }

            return start < _offsets.Count ? _offsets[start] : _offsets[^1] + 1;
        }

        /// <summary>The global offset just after the last text character before window offset <paramref name="end"/>.</summary>
        public int GlobalEnd(int end)
        {
            while (end > 0 && _offsets[end - 1] < 0)
            {
                end--;
            }

            return end > 0 ? _offsets[end - 1] + 1 : _offsets[0];
        }

        private static bool Separated(int piece, int boundary, Glue glue) => glue switch
        {
            Glue.Before => piece > boundary,
            Glue.After => piece < boundary,
            Glue.None => true,
            _ => false,
        };

        /// <summary>True when the boundary before <paramref name="piece"/> joins a letter or digit to a letter or digit.</summary>
        private bool WordToWord(int piece)
        {
            int previous = piece - 1;
            while (previous >= 0 && pieces[previous].Length == 0)
            {
                previous--;
            }

            return previous >= 0 && pieces[piece].Length > 0 &&
                char.IsLetterOrDigit(pieces[previous][^1]) && char.IsLetterOrDigit(pieces[piece][0]);
        }
    }
}
