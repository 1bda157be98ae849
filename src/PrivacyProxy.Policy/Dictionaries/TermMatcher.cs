using System.Buffers;
using System.Runtime.CompilerServices;

namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>
/// Finds whole-word occurrences of thousands of terms in one pass: at each word start the text is read forward
/// (whitespace runs as one space) up to the longest term, and at each word end whose length some term has, the
/// span is looked up in a hash set (exact and case-insensitive sets side by side). No regex, no allocation per
/// position; the cost is bounded by text length times the longest term.
/// </summary>
internal sealed class TermMatcher
{
    // Bits of (length, first, last character) of every term: most word ends are ruled out before any hashing.
    private const int EndFilterBits = 1 << 16;

    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _folded = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<char> _exactStarts = [];
    private readonly HashSet<char> _foldedStarts = [];
    private readonly bool[] _lengths;
    private readonly ulong[] _ends = new ulong[EndFilterBits / 64];
    private readonly int _maxLength;
    private readonly bool _oddStarts;

    /// <param name="terms">Canonical terms (see <see cref="TermText.Canonical"/>); a term listed twice keeps its first label.</param>
    public TermMatcher(IEnumerable<(string Canonical, bool CaseSensitive, int Label)> terms)
    {
        foreach (var (term, caseSensitive, label) in terms)
        {
            (caseSensitive ? _exact : _folded).TryAdd(term, label);
            if (caseSensitive)
            {
                _exactStarts.Add(term[0]);
            }
            else
            {
                _foldedStarts.Add(char.ToUpperInvariant(term[0]));
            }

            _maxLength = Math.Max(_maxLength, term.Length);
            _oddStarts |= !TermText.IsWordChar(term[0]);
        }

        _lengths = new bool[_maxLength + 1];
        foreach (var term in _exact.Keys.Concat(_folded.Keys))
        {
            _lengths[term.Length] = true;
            var bit = EndBit(term.Length, term[0], term[^1]);
            _ends[bit >> 6] |= 1UL << bit;
        }
    }

    public bool IsEmpty => _maxLength == 0;

    /// <summary>Adds every occurrence to <paramref name="into"/> in start order, the longest term at each start.</summary>
    public void FindAll(string text, List<TermMatch> into)
    {
        if (IsEmpty || text.Length == 0)
        {
            return;
        }

        var exact = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = ArrayPool<char>.Shared.Rent(_maxLength);
        try
        {
            var previousIsWord = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (TermText.IsIgnorable(c))
                {
                    continue; // invisible: neither starts nor ends a word
                }

                var isWord = TermText.IsWordChar(c);
                var candidate = isWord ? !previousIsWord : _oddStarts && !char.IsWhiteSpace(c);
                previousIsWord = isWord;
                if (candidate && CanStart(c) && TryMatchAt(text, i, buffer, exact, folded, out var match))
                {
                    into.Add(match);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int EndBit(int length, char first, char last) =>
        (int)((uint)((length * 0x9E3779B1) ^ (char.ToUpperInvariant(first) * 0x85EBCA77) ^ (char.ToUpperInvariant(last) * 0xC2B2AE3D)) >> 16);

    private bool MayEnd(int length, char first, char last)
    {
        var bit = EndBit(length, first, last);
        return (_ends[bit >> 6] & (1UL << bit)) != 0;
    }

    private bool CanStart(char c) => _exactStarts.Contains(c) || _foldedStarts.Contains(char.ToUpperInvariant(c));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMatchAt(
        string text,
        int start,
        char[] buffer,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> exact,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> folded,
        out TermMatch match)
    {
        match = default;
        var found = false;
        var length = 0;
        for (var j = start; j < text.Length; j++)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c))
            {
                if (buffer[length - 1] != ' ')
                {
                    if (length == _maxLength)
                    {
                        break;
                    }

                    buffer[length++] = ' ';
                }

                continue;
            }

            if (TermText.IsIgnorable(c))
            {
                continue;
            }

            if (length == _maxLength)
            {
                break;
            }

            buffer[length++] = c;
            if (EndsWord(text, j + 1) && _lengths[length] && MayEnd(length, buffer[0], c) && TryLookup(buffer.AsSpan(0, length), exact, folded, out var label))
            {
                match = new TermMatch(start, j + 1, label);
                found = true;
            }
        }

        return found;
    }

    private bool TryLookup(
        ReadOnlySpan<char> span,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> exact,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> folded,
        out int label)
    {
        label = int.MaxValue;
        if (_exact.Count > 0 && exact.TryGetValue(span, out var exactLabel))
        {
            label = exactLabel;
        }

        // A term in both an exact and a case-insensitive list: the list defined first names it.
        if (_folded.Count > 0 && folded.TryGetValue(span, out var foldedLabel) && foldedLabel < label)
        {
            label = foldedLabel;
        }

        return label != int.MaxValue;
    }

    // A span ending in a word character must not be followed by one (invisible characters skipped).
    private static bool EndsWord(string text, int end)
    {
        if (!TermText.IsWordChar(text[end - 1]))
        {
            return true;
        }

        for (var k = end; k < text.Length; k++)
        {
            if (!TermText.IsIgnorable(text[k]))
            {
                return !TermText.IsWordChar(text[k]);
            }
        }

        return true;
    }
}
