namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// UK (DVLA) driving licence numbers: five characters of surname padded with 9s, the decade digit, the birth month
/// (plus 50 for women), the day, the year digit, two initials padded with 9, a digit and two check letters. Valid
/// when the surname part is letters then only 9s and the month and day form a real date (29 February allowed,
/// the century is not encoded).
/// </summary>
internal static class UkDrivingLicence
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[16];
        if (Normalizer.Upper(value, c) != 16 || !char.IsAsciiLetter(c[0]))
        {
            return false;
        }

        var padded = c[..5].IndexOf('9');
        if (padded >= 0 && c[padded..5].ContainsAnyExcept('9'))
        {
            return false;
        }

        for (var i = 5; i < 11; i++)
        {
            if (!char.IsAsciiDigit(c[i]))
            {
                return false;
            }
        }

        var month = ((c[6] - '0') * 10) + (c[7] - '0');
        month -= month > 50 ? 50 : 0;
        var day = ((c[8] - '0') * 10) + (c[9] - '0');
        return Normalizer.IsDate(2000, month, day);
    }
}
