namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Australian Medicare card numbers (Services Australia): 10 digits, or 11 with the individual reference number;
/// the first digit 2-6, the ninth a check digit (first eight weighted 1, 3, 7, 9, 1, 3, 7, 9, mod 10), the tenth
/// the card issue number (not 0).
/// </summary>
internal static class AuMedicare
{
    private static ReadOnlySpan<byte> Weights => [1, 3, 7, 9, 1, 3, 7, 9];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[11];
        var count = Normalizer.Digits(value, d);
        if (count is not (10 or 11) || d[0] is < 2 or > 6 || d[9] == 0)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += d[i] * Weights[i];
        }

        return sum % 10 == d[8];
    }
}
