namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// US National Provider Identifiers (CMS, 45 CFR 162.406): 10 digits starting with 1 or 2, Luhn check digit computed
/// with the card issuer prefix 80840 in front.
/// </summary>
internal static class Npi
{
    // Luhn contribution of the implied "80840" prefix when followed by ten digits: 8*2->7, 0, 8*2->7, 4, 0 ... = 24.
    private const int PrefixSum = 24;

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[10];
        if (Normalizer.Digits(value, d) != 10 || d[0] is not (1 or 2) || Normalizer.AllSame(d[..9]))
        {
            return false;
        }

        return Luhn.Sum(d, PrefixSum) % 10 == 0;
    }
}
