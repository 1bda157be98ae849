namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Italian VAT numbers (partita IVA, DPR 633/1972 art. 35; DM 23 dicembre 1976): 11 digits, seven of taxpayer
/// number, a three-digit provincial office code (001-100, 120, 121, 888, 999), and a Luhn check digit.
/// </summary>
internal static class ItVat
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[11];
        if (Normalizer.Digits(value, d) != 11 || Normalizer.AllSame(d[..10]))
        {
            return false;
        }

        var office = (d[7] * 100) + (d[8] * 10) + d[9];
        return office is (>= 1 and <= 100) or 120 or 121 or 888 or 999 && Luhn.IsValid(d);
    }
}
