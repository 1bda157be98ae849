namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Medicare Beneficiary Identifiers (CMS MBI format specification): 11 characters, positions 1 digit 1-9, 2/5/8/9
/// letters, 4/7/10/11 digits, 3/6 letter or digit; letters exclude S, L, O, I, B, Z. Dashes and case are ignored.
/// </summary>
internal static class UsMbi
{
    private const string Layout = "NAPNAPNAANN"; // N numeric, A alphabetic, P either

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[11];
        if (Normalizer.Upper(value, c) != 11 || c[0] == '0')
        {
            return false;
        }

        for (var i = 0; i < 11; i++)
        {
            var ok = Layout[i] switch
            {
                'N' => char.IsAsciiDigit(c[i]),
                'A' => IsMbiLetter(c[i]),
                _ => char.IsAsciiDigit(c[i]) || IsMbiLetter(c[i]),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMbiLetter(char c) => char.IsAsciiLetterUpper(c) && c is not ('S' or 'L' or 'O' or 'I' or 'B' or 'Z');
}
