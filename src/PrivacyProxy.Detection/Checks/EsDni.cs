namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Spanish DNI/NIF numbers (Real Decreto 1553/2005; Ministerio del Interior): up to 8 digits and the control letter
/// TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]. A dash or space before the letter and lower case are accepted.
/// </summary>
internal static class EsDni
{
    public const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[9];
        var count = Normalizer.Upper(value, c);
        return count is 8 or 9 && HasControlLetter(c[..(count - 1)], c[count - 1], prefix: 0);
    }

    /// <summary>True when <paramref name="digits"/> (with an optional leading value) yields <paramref name="letter"/>.</summary>
    public static bool HasControlLetter(ReadOnlySpan<char> digits, char letter, int prefix)
    {
        var number = prefix;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return number != 0 && Letters[number % 23] == letter;
    }
}
