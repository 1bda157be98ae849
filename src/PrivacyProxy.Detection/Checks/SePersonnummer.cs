namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Swedish personal identity numbers (personnummer, Skatteverket SKV 704) and coordination numbers (day + 60):
/// YYMMDD or YYYYMMDD, optional - or + before the last four digits, Luhn over the ten-digit form.
/// </summary>
internal static class SePersonnummer
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        // The separator, when present, stands right before the last four digits.
        var separator = value.Length > 5 && value[^5] is '-' or '+' ? value.Length - 5 : -1;
        Span<byte> d = stackalloc byte[12];
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (i == separator)
            {
                continue;
            }

            var c = value[i];
            if (!char.IsAsciiDigit(c) || count == 12)
            {
                return false;
            }

            d[count++] = (byte)(c - '0');
        }

        if (count is not (10 or 12))
        {
            return false;
        }

        var ten = d[(count - 10)..count];
        var month = (ten[2] * 10) + ten[3];
        var day = (ten[4] * 10) + ten[5];
        if (day > 60)
        {
            day -= 60;
        }

        var yy = (ten[0] * 10) + ten[1];
        var dateOk = count == 12
            ? IsYear((d[0] * 1000) + (d[1] * 100) + yy, month, day)
            : Normalizer.IsDate(1900 + yy, month, day) || Normalizer.IsDate(2000 + yy, month, day);
        return dateOk && Luhn.IsValid(ten);
    }

    private static bool IsYear(int year, int month, int day) =>
        year >= 1800 && year <= DateTime.UtcNow.Year && Normalizer.IsDate(year, month, day);
}
