namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// French social security numbers (NIR / numéro INSEE, décret 82-103): sex 1-4 or 7-8, year, month 01-12 or
/// 20-42/50-99 (unknown), department (2A/2B for Corsica), commune, order, and key 97 - (number mod 97).
/// </summary>
internal static class FrInsee
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[15];
        if (Normalizer.Upper(value, c) != 15 || c[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return false;
        }

        long number = 0;
        for (var i = 0; i < 13; i++)
        {
            var ch = c[i];
            int digit;
            if (i == 6 && ch is 'A' or 'B' && c[5] == '2')
            {
                // Corsica: 2A counts as 19 and 2B as 18 in the key (the 2 already added stands for the tens).
                number = (number / 10 * 10) + 1;
                digit = ch == 'A' ? 9 : 8;
            }
            else if (char.IsAsciiDigit(ch))
            {
                digit = ch - '0';
            }
            else
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        if (!char.IsAsciiDigit(c[13]) || !char.IsAsciiDigit(c[14]))
        {
            return false;
        }

        var month = ((c[3] - '0') * 10) + (c[4] - '0');
        if (month is 0 or (> 12 and < 20))
        {
            return false;
        }

        var key = ((c[13] - '0') * 10) + (c[14] - '0');
        return key == 97 - (int)(number % 97);
    }
}
