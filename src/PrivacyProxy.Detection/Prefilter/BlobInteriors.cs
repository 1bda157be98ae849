using System.Buffers;
using System.Runtime.CompilerServices;

namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// The interiors of long runs of base64 characters (standard and URL-safe, so hex and digit runs too): an image,
/// a blob or a key file pasted whole. An anchor inside one (a capital or digit run, a literal that random base64
/// spells by chance) opens no window: a value there is part of the blob, which the decoding stage decodes and
/// scans on its own, and scanning the interior with every run-anchored rule made a 10 MB run cost seconds and
/// gave look-alike findings (a BIC between two '/'). Each interior leaves <see cref="Margin"/> characters of the
/// run at both ends, so a key glued to the end of a run or starting one is still anchored; a window opened
/// before the run (a key name) still reaches into it as far as its rule says.
/// </summary>
internal static class BlobInteriors
{
    /// <summary>Shortest run with an interior: far longer than any key, token or identifier of one piece.</summary>
    public const int MinRun = 1024;

    /// <summary>Characters at each end of a run that anchor as usual.</summary>
    public const int Margin = 256;

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_");

    /// <summary>Fills <paramref name="interiors"/> with the interiors in <paramref name="text"/>, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Find(ReadOnlySpan<char> text, List<(int Start, int End)> interiors)
    {
        interiors.Clear();

        // position is 0 or just after a character outside the alphabet, so a run found from it starts there. Each
        // probe of MinRun characters that holds such a character moves past the last one: prose costs one
        // vectorised probe per MinRun characters or so.
        var position = 0;
        while (position + MinRun <= text.Length)
        {
            var last = text.Slice(position, MinRun).LastIndexOfAnyExcept(Alphabet);
            if (last >= 0)
            {
                position += last + 1;
                continue;
            }

            var rest = text[(position + MinRun)..].IndexOfAnyExcept(Alphabet);
            var end = rest < 0 ? text.Length : position + MinRun + rest;
            interiors.Add((position + Margin, end - Margin));
            position = end + 1;
        }
    }

    /// <summary>Whether <paramref name="position"/> lies in one of <paramref name="interiors"/>.</summary>
    public static bool Contains(List<(int Start, int End)> interiors, int position)
    {
        var (low, high) = (0, interiors.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var (start, end) = interiors[middle];
            if (position < start)
            {
                high = middle - 1;
            }
            else if (position >= end)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
