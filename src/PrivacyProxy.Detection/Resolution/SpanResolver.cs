using System.Buffers;
using System.Runtime.CompilerServices;
using PrivacyProxy.Detection.Matching;

namespace PrivacyProxy.Detection.Resolution;

/// <summary>
/// Turns overlapping candidates into the final findings: the higher priority wins, then a validated value
/// (checksum or recognizer), then the longer one; the result is sorted by start and never overlaps.
/// </summary>
internal static class SpanResolver
{
    private const int LinearLimit = 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Finding[] Resolve(List<Candidate> candidates, CompiledRule[] rules)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        candidates.Sort(static (a, b) => Rank(a, b));
        var accepted = candidates.Count <= LinearLimit ? AcceptLinear(candidates) : AcceptWithBitmap(candidates);
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var findings = new Finding[accepted.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var c = accepted[i];
            var rule = rules[c.Rule];
            findings[i] = new Finding(c.Start, c.End, rule.Category, rule.Type, rule.Id);
        }

        return findings;
    }

    private static int Rank(Candidate a, Candidate b)
    {
        var order = b.Priority.CompareTo(a.Priority);
        order = order != 0 ? order : b.Validated.CompareTo(a.Validated);
        order = order != 0 ? order : b.Length.CompareTo(a.Length);
        order = order != 0 ? order : a.Start.CompareTo(b.Start);
        return order != 0 ? order : a.Rule.CompareTo(b.Rule);
    }

    private static List<Candidate> AcceptLinear(List<Candidate> ranked)
    {
        var accepted = new List<Candidate>(ranked.Count);
        foreach (var candidate in ranked)
        {
            var free = true;
            foreach (var taken in accepted)
            {
                if (candidate.Start < taken.End && taken.Start < candidate.End)
                {
                    free = false;
                    break;
                }
            }

            if (free)
            {
                accepted.Add(candidate);
            }
        }

        return accepted;
    }

    private static List<Candidate> AcceptWithBitmap(List<Candidate> ranked)
    {
        var low = int.MaxValue;
        var high = 0;
        foreach (var candidate in ranked)
        {
            low = Math.Min(low, candidate.Start);
            high = Math.Max(high, candidate.End);
        }

        var words = ((high - low) >> 6) + 1;
        var bitmap = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            var taken = bitmap.AsSpan(0, words);
            taken.Clear();
            var accepted = new List<Candidate>();
            foreach (var candidate in ranked)
            {
                if (!AnySet(taken, candidate.Start - low, candidate.End - low))
                {
                    SetAll(taken, candidate.Start - low, candidate.End - low);
                    accepted.Add(candidate);
                }
            }

            return accepted;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bitmap);
        }
    }

    private static bool AnySet(Span<ulong> bits, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if ((i & 63) == 0 && to - i >= 64)
            {
                if (bits[i >> 6] != 0)
                {
                    return true;
                }

                i += 63;
                continue;
            }

            if ((bits[i >> 6] & (1UL << (i & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void SetAll(Span<ulong> bits, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            bits[i >> 6] |= 1UL << (i & 63);
        }
    }
}
