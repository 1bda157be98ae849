using System.Runtime.CompilerServices;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Words searched (case-insensitively, as whole words) within a distance before and after a value: a rule's
/// "context" (words that confirm it) or "exclude" (words that say it is something else).
/// </summary>
internal sealed class WordContext(WordContextDefinition definition)
{
    private readonly string[] _words = [.. definition.Words];

    public bool Required { get; } = definition.Required;

    public bool OccursAround(string text, int valueStart, int valueEnd)
    {
        var before = Math.Max(0, valueStart - definition.Before);
        var after = Math.Min(text.Length, valueEnd + definition.After);
        return (valueStart > before && OccursIn(text, before, valueStart))
            || (after > valueEnd && OccursIn(text, valueEnd, after));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool OccursIn(string text, int start, int end)
    {
        var region = text.AsSpan(start, end - start);
        foreach (var word in _words)
        {
            var offset = 0;
            while (offset < region.Length)
            {
                var hit = region[offset..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (hit < 0)
                {
                    break;
                }

                var at = start + offset + hit;
                if (WordBoundary.StartsWord(text, at) && WordBoundary.EndsWord(text, at + word.Length))
                {
                    return true;
                }

                offset += hit + 1;
            }
        }

        return false;
    }
}
