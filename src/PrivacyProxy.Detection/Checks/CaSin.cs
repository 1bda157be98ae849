namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Canadian Social Insurance Numbers (Employment and Social Development Canada): 9 digits, Luhn, first digit not 0
/// (unassigned) or 8 (business numbers).
/// </summary>
internal static class CaSin
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[9];
        return Normalizer.Digits(value, d) == 9 && d[0] is not (0 or 8) && !Normalizer.AllSame(d) && Luhn.IsValid(d);
    }
}
