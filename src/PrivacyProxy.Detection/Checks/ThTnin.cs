namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Thai national identification numbers (Department of Provincial Administration): 13 digits, the first the person
/// type (1-8), the next two a province code (DOPA geocodes 10-96), the last a check digit: first twelve weighted
/// 13 down to 2, (11 - sum mod 11) mod 10.
/// </summary>
internal static class ThTnin
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[13];
        if (Normalizer.Digits(value, d) != 13 || d[0] is < 1 or > 8 || !IsProvince((d[1] * 10) + d[2]))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += d[i] * (13 - i);
        }

        return (11 - (sum % 11)) % 10 == d[12];
    }

    // The DOPA province geocodes: regions 1-9 each number their provinces from x0 up.
    private static bool IsProvince(int code) => code is (>= 10 and <= 27) or (>= 30 and <= 49) or (>= 50 and <= 58)
        or (>= 60 and <= 67) or (>= 70 and <= 77) or (>= 80 and <= 86) or (>= 90 and <= 96);
}
