namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// US Social Security numbers (SSA, Program Operations Manual RM 10201.060): area not 000, 666 or 9xx, group not 00,
/// serial not 0000; rejects numbers the SSA voided after they were published in advertising.
/// </summary>
internal static class UsSsn
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[9];
        if (Normalizer.Digits(value, d) != 9 || Normalizer.AllSame(d))
        {
            return false;
        }

        var area = (d[0] * 100) + (d[1] * 10) + d[2];
        var group = (d[3] * 10) + d[4];
        var serial = (int)Normalizer.ToNumber(d[5..]);
        if (area is 0 or 666 or >= 900 || group == 0 || serial == 0)
        {
            return false;
        }

        // 078-05-1120 (the Woolworth wallet card), 219-09-9999 (an SSA pamphlet) and 123-45-6789 (examples).
        var number = Normalizer.ToNumber(d);
        return number is not (078051120 or 219099999 or 123456789);
    }
}
