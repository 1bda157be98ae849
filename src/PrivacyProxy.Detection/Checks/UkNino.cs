namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// UK National Insurance numbers (HMRC National Insurance Manual NIM39110): two prefix letters (first not D, F, I, Q,
/// U, V; second not D, F, I, O, Q, U, V; not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A-D. Case-insensitive.
/// </summary>
internal static class UkNino
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[9];
        if (Normalizer.Upper(value, c) != 9)
        {
            return false;
        }

        if (!char.IsAsciiLetterUpper(c[0]) || !char.IsAsciiLetterUpper(c[1]) || c[8] is < 'A' or > 'D'
            || c[0] is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V'
            || c[1] is 'D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V')
        {
            return false;
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(c[i]))
            {
                return false;
            }
        }

        var prefix = c[..2];
        return prefix is not ("BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ");
    }
}
