namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Polish PESEL numbers (Ustawa o ewidencji ludności): YYMMDD with the century encoded in the month (+80 1800s,
/// +0 1900s, +20 2000s, +40 2100s, +60 2200s), serial, and a check digit with weights 1-3-7-9.
/// </summary>
internal static class PlPesel
{
    private static ReadOnlySpan<byte> Weights => [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[11];
        if (Normalizer.Digits(value, d) != 11 || Normalizer.AllSame(d))
        {
            return false;
        }

        var year = (d[0] * 10) + d[1];
        var month = (d[2] * 10) + d[3];
        var day = (d[4] * 10) + d[5];
        var century = (month / 20) switch
        {
            0 => 1900,
            1 => 2000,
            2 => 2100,
            3 => 2200,
            _ => 1800,
        };

        if (!Normalizer.IsDate(century + year, month % 20, day))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += Weights[i] * d[i];
        }

        return (10 - (sum % 10)) % 10 == d[10];
    }
}
