using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PrivacyProxy.Detection.Lists;

/// <summary>
/// Finds the entries of a word list as whole words in one pass: at each position where a word may start (no
/// <c>[\w-]</c> before it) it walks a trie of the entries' symbols with one hash lookup per symbol, and the longest
/// entry that ends at a word end wins. Runs of spaces and hyphens read as one separator and apostrophe variants as
/// <c>'</c>, so "lithium  carbonate" and "Alzheimer’s disease" match their entries. Work per position is bounded by
/// the longest entry; nothing is allocated per call. Replaces one regex alternation of thousands of words, whose
/// compilation made the first prompt that mentioned a medication wait seconds.
/// </summary>
internal sealed class WordListMatcher
{
    private readonly FrozenDictionary<long, int> _children;
    private readonly bool[] _terminal;
    private readonly bool _ignoreCase;

    public WordListMatcher(IEnumerable<string> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var children = new Dictionary<long, int>();
        var terminal = new List<bool> { false };
        foreach (var entry in entries)
        {
            var node = 0;
            var symbols = Symbols(entry, ignoreCase);
            if (symbols.Count == 0)
            {
                continue;
            }

            foreach (var symbol in symbols)
            {
                if (!children.TryGetValue(Key(node, symbol), out var child))
                {
                    child = terminal.Count;
                    terminal.Add(false);
                    children[Key(node, symbol)] = child;
                }

                node = child;
            }

            terminal[node] = true;
            MaxSymbols = Math.Max(MaxSymbols, symbols.Count);
        }

        _children = children.ToFrozenDictionary();
        _terminal = [.. terminal];
    }

    /// <summary>The most symbols an entry has: the bound on the trie steps taken at one position.</summary>
    public int MaxSymbols { get; }

    /// <summary>
    /// The first entry that starts in [<paramref name="from"/>, <paramref name="end"/>) (it may run past
    /// <paramref name="end"/>): the longest at the leftmost position where one starts. False when none does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryNext(string text, int from, int end, out int matchStart, out int matchEnd)
    {
        end = Math.Min(end, text.Length);
        for (var at = Math.Max(0, from); at < end; at++)
        {
            if ((at > 0 && ListCharacters.IsWordOrHyphen(text[at - 1])) || ListCharacters.IsSeparator(text[at]))
            {
                continue;
            }

            var length = LongestAt(text, at);
            if (length > 0)
            {
                (matchStart, matchEnd) = (at, at + length);
                return true;
            }
        }

        (matchStart, matchEnd) = (0, 0);
        return false;
    }

    // The length of the longest entry starting at `start` and ending at a word end; 0 when none.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LongestAt(string text, int start)
    {
        var (node, at, best) = (0, start, 0);
        while (at < text.Length)
        {
            char symbol;
            var next = at;
            if (ListCharacters.IsSeparator(text[at]))
            {
                while (next < text.Length && ListCharacters.IsSeparator(text[next]) && next - at < ListCharacters.MaxSeparatorRun)
                {
                    next++;
                }

                if (next < text.Length && ListCharacters.IsSeparator(text[next]))
                {
                    return best;
                }

                symbol = ListCharacters.Separator;
            }
            else
            {
                symbol = ListCharacters.Fold(text[at], _ignoreCase);
                next++;
            }

            if (!_children.TryGetValue(Key(node, symbol), out node))
            {
                return best;
            }

            at = next;
            if (_terminal[node] && (at == text.Length || !ListCharacters.IsWordOrHyphen(text[at])))
            {
                best = at - start;
            }
        }

        return best;
    }

    // An entry as the symbols the matcher compares: separator runs collapsed, apostrophes and case folded.
    private static List<char> Symbols(string entry, bool ignoreCase)
    {
        var symbols = new List<char>(entry.Length);
        foreach (var c in entry.Trim())
        {
            if (!ListCharacters.IsSeparator(c))
            {
                symbols.Add(ListCharacters.Fold(c, ignoreCase));
            }
            else if (symbols.Count > 0 && symbols[^1] != ListCharacters.Separator)
            {
                symbols.Add(ListCharacters.Separator);
            }
        }

        return symbols;
    }

    private static long Key(int node, char symbol) => ((long)node << 16) | symbol;
}
