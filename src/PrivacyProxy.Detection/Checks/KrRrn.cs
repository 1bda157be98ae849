namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// South Korean resident registration numbers (주민등록법 시행규칙): YYMMDD, a sex/century digit (1-4 for citizens:
/// 1, 2 born 1900-1999; 3, 4 born 2000 or later), six more digits. Until October 2020 the last digit was a check
/// digit (first twelve weighted 2-9, 2-5; (11 - sum mod 11) mod 10); numbers assigned since then carry six random
/// digits, so <see cref="IsValid"/> (with the check digit) is for bare values and <see cref="HasValidBirthDate"/>
/// (date and sex digit only) for values next to an RRN cue.
/// </summary>
internal static class KrRrn
{
    private static ReadOnlySpan<byte> Weights => [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[13];
        if (!TryRead(value, d))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += d[i] * Weights[i];
        }

        return (11 - (sum % 11)) % 10 == d[12];
    }

    public static bool HasValidBirthDate(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[13];
        return TryRead(value, d);
    }

    private static bool TryRead(ReadOnlySpan<char> value, Span<byte> d)
    {
        if (Normalizer.Digits(value, d) != 13 || d[6] is < 1 or > 4)
        {
            return false;
        }

        var century = d[6] <= 2 ? 1900 : 2000;
        return Normalizer.IsDate(century + (d[0] * 10) + d[1], (d[2] * 10) + d[3], (d[4] * 10) + d[5]);
    }
}
