namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Italian fiscal codes (codice fiscale, DM 23/12/1976): six letters, birth year, month letter, day (+40 for women),
/// place code, check letter from the odd/even tables; digits may be replaced by LMNPQRSTUV (omocodia).
/// </summary>
internal static class ItFiscalCode
{
    private const string MonthLetters = "ABCDEHLMPRST";
    private const string Omocodia = "LMNPQRSTUV";

    // Odd-position values of 0-9 then A-Z.
    private static ReadOnlySpan<byte> OddDigits => [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

    private static ReadOnlySpan<byte> OddLetters =>
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[16];
        if (Normalizer.Upper(value, c) != 16 || !HasShape(c))
        {
            return false;
        }

        var day = (DigitAt(c, 9) * 10) + DigitAt(c, 10);
        if (day is < 1 or (> 31 and < 41) or > 71)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var ch = c[i];
            if (i % 2 == 0)
            {
                sum += char.IsAsciiDigit(ch) ? OddDigits[ch - '0'] : OddLetters[ch - 'A'];
            }
            else
            {
                sum += char.IsAsciiDigit(ch) ? ch - '0' : ch - 'A';
            }
        }

        return c[15] == (char)('A' + (sum % 26));
    }

    private static bool HasShape(ReadOnlySpan<char> c)
    {
        for (var i = 0; i < 16; i++)
        {
            var ok = i switch
            {
                6 or 7 or 9 or 10 or 12 or 13 or 14 => char.IsAsciiDigit(c[i]) || Omocodia.Contains(c[i]),
                8 => MonthLetters.Contains(c[i]),
                _ => char.IsAsciiLetterUpper(c[i]),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static int DigitAt(ReadOnlySpan<char> c, int i) => char.IsAsciiDigit(c[i]) ? c[i] - '0' : Omocodia.IndexOf(c[i]);
}
