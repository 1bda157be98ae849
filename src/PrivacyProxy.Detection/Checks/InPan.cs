namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Indian Permanent Account Numbers (Income Tax Department): 5 letters, 4 digits, a letter; the fourth letter is
/// the holder type (A, B, C, F, G, H, J, L, P, T) and the digits are not 0000. Case-insensitive.
/// </summary>
internal static class InPan
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[10];
        if (Normalizer.Upper(value, c) != 10)
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            var letter = i is < 5 or 9;
            if (letter ? !char.IsAsciiLetterUpper(c[i]) : !char.IsAsciiDigit(c[i]))
            {
                return false;
            }
        }

        return c[3] is 'A' or 'B' or 'C' or 'F' or 'G' or 'H' or 'J' or 'L' or 'P' or 'T'
            && c[5..9] is not "0000";
    }
}
