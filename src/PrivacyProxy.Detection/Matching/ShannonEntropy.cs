using System.Buffers;

namespace PrivacyProxy.Detection.Matching;

/// <summary>Shannon entropy of a value in bits per character, the randomness floor of "minEntropy".</summary>
internal static class ShannonEntropy
{
    public static double Of(ReadOnlySpan<char> value)
    {
        if (value.Length < 2)
        {
            return 0;
        }

        return value.ContainsAnyExceptInRange('\0', '\u007F') ? OfAny(value) : OfAscii(value);
    }

    private static double OfAscii(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[128];
        counts.Clear();
        foreach (var c in value)
        {
            counts[c]++;
        }

        double entropy = 0;
        foreach (var count in counts)
        {
            entropy -= Term(count, value.Length);
        }

        return entropy;
    }

    private static double OfAny(ReadOnlySpan<char> value)
    {
        var rented = ArrayPool<char>.Shared.Rent(value.Length);
        try
        {
            var sorted = rented.AsSpan(0, value.Length);
            value.CopyTo(sorted);
            sorted.Sort();
            double entropy = 0;
            var run = 1;
            for (var i = 1; i <= sorted.Length; i++)
            {
                if (i < sorted.Length && sorted[i] == sorted[i - 1])
                {
                    run++;
                    continue;
                }

                entropy -= Term(run, value.Length);
                run = 1;
            }

            return entropy;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static double Term(int count, int length)
    {
        if (count == 0)
        {
            return 0;
        }

        var p = (double)count / length;
        return p * Math.Log2(p);
    }
}
