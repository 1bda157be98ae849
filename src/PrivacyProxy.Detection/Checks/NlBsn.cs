namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Dutch citizen service numbers (burgerservicenummer, Wet algemene bepalingen BSN): 9 digits (8 with an implied
/// leading zero) passing the "elfproef": 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.
/// </summary>
internal static class NlBsn
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[9];
        var count = Normalizer.Digits(value, d);
        if (count == 8)
        {
            d[..8].CopyTo(d[1..]);
            d[0] = 0;
        }
        else if (count != 9)
        {
            return false;
        }

        if (Normalizer.AllSame(d))
        {
            return false;
        }

        var sum = -d[8];
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * d[i];
        }

        return sum % 11 == 0;
    }
}
