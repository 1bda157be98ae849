namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// US Individual Taxpayer Identification Numbers (IRS): 9 digits, area 9xx, group in 50-65, 70-88, 90-92 or 94-99.
/// </summary>
internal static class UsItin
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[9];
        if (Normalizer.Digits(value, d) != 9 || d[0] != 9)
        {
            return false;
        }

        var group = (d[3] * 10) + d[4];
        return group is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99)
            && Normalizer.ToNumber(d[5..]) != 0;
    }
}
