namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Finnish personal identity codes (henkilötunnus, Act 1186/2022 and DVV): DDMMYY, century sign (+ 1800s; - Y X W V U
/// 1900s; A B C D E F 2000s), individual number 002-999, and the mod 31 check character.
/// </summary>
internal static class FiHetu
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 11)
        {
            return false;
        }

        var century = char.ToUpperInvariant(value[6]) switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => 0,
        };
        if (century == 0)
        {
            return false;
        }

        var number = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i == 6)
            {
                continue;
            }

            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            number = (number * 10) + (value[i] - '0');
        }

        var day = number / 10000000;
        var month = number / 100000 % 100;
        var year = century + (number / 1000 % 100);
        var individual = number % 1000;
        return individual >= 2
            && Normalizer.IsDate(year, month, day)
            && char.ToUpperInvariant(value[10]) == CheckCharacters[number % 31];
    }
}
