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
/// kept once. Pieces are joined with no separator: a value split mid-token must join back whole, and a split at a
/// space already carries its space in one of the pieces.
/// </remarks>
internal static class JunctionFindings
{
    /// <summary>Characters taken each side of a boundary.</summary>
    public const int Reach = 256;

    /// <summary>Returns, per piece, the fragments of findings that cross one of its boundaries (piece offsets), or null when none.</summary>
    public static List<Finding>[]? Find(IDetector detector, IReadOnlyList<string> pieces)
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
        var window = new StringBuilder(2 * Reach);
        for (int boundary = 1; boundary < pieces.Count; boundary++)
        {
            int at = starts[boundary];
            if (at == 0 || at == starts[^1])
            {
                continue;
            }

            int from = Math.Max(0, at - Reach);
            int to = Math.Min(starts[^1], at + Reach);
            Fill(window, pieces, starts, from, to);
            foreach (Finding finding in detector.Detect(window.ToString()))
            {
                int start = from + finding.Start;
                int end = from + finding.End;
                if (start >= at || end <= at || !(seen ??= []).Add((start, end)))
                {
                    continue;
                }

                fragments ??= new List<Finding>[pieces.Count];
                Cut(finding, start, end, starts, fragments);
            }
        }

        return fragments;
    }

    /// <summary>Copies the joined text between global offsets <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static void Fill(StringBuilder window, IReadOnlyList<string> pieces, int[] starts, int from, int to)
    {
        window.Clear();
        int piece = PieceAt(starts, from);
        while (piece < pieces.Count && starts[piece] < to)
        {
            int lo = Math.Max(from, starts[piece]) - starts[piece];
            int hi = Math.Min(to, starts[piece + 1]) - starts[piece];
            window.Append(pieces[piece], lo, hi - lo);
            piece++;
        }
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
}
