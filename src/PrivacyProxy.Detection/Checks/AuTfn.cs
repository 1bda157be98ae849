namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Australian Tax File Numbers (ATO): 9 digits weighted 1, 4, 3, 7, 5, 8, 6, 9, 10; the sum is a multiple of 11.
/// All-same fillers (000 000 000) are rejected.
/// </summary>
internal static class AuTfn
{
    private static ReadOnlySpan<byte> Weights => [1, 4, 3, 7, 5, 8, 6, 9, 10];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[9];
        if (Normalizer.Digits(value, d) != 9 || Normalizer.AllSame(d))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * Weights[i];
        }

        return sum % 11 == 0;
    }
}
