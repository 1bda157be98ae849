namespace PrivacyProxy.Detection.Checks;

/// <summary>Luhn mod 10 (ISO/IEC 7812-1 annex B) over the digits of a value; separators are ignored.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> digits = stackalloc byte[32];
        var count = Normalizer.Digits(value, digits);
        return count >= 2 && IsValid(digits[..count]);
    }

    public static bool IsValid(ReadOnlySpan<byte> digits) => Sum(digits, 0) % 10 == 0;

    /// <summary>
    /// The Luhn sum of <paramref name="digits"/> (check digit last) plus <paramref name="seed"/>, which carries
    /// the contribution of an implied prefix such as NPI's 80840.
    /// </summary>
    public static int Sum(ReadOnlySpan<byte> digits, int seed)
    {
        var sum = seed;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i];
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum;
    }
}
