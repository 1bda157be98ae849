namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Australian Business Numbers (ABR, "Format of the ABN"): 11 digits; subtract 1 from the first digit, weight the
/// digits 10, 1, 3, 5, ..., 19 and the sum must be a multiple of 89.
/// </summary>
internal static class AuAbn
{
    private static ReadOnlySpan<byte> Weights => [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[11];
        if (Normalizer.Digits(value, d) != 11 || d[0] == 0 || Normalizer.AllSame(d))
        {
            return false;
        }

        var sum = (d[0] - 1) * Weights[0];
        for (var i = 1; i < 11; i++)
        {
            sum += d[i] * Weights[i];
        }

        return sum % 89 == 0;
    }
}
