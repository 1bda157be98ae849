namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Australian Company Numbers (ASIC, "Australian Company Number (ACN) check digit"): 9 digits; the first eight
/// weighted 8 down to 1, the check digit is the complement of the sum mod 10.
/// </summary>
internal static class AuAcn
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[9];
        if (Normalizer.Digits(value, d) != 9)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += d[i] * (8 - i);
        }

        return (10 - (sum % 10)) % 10 == d[8];
    }
}
