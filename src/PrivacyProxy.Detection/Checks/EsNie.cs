namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Spanish foreigner identity numbers (NIE, Orden INT/2058/2008): X, Y or Z, seven digits and the DNI control letter
/// computed with X=0, Y=1, Z=2 in front. A dash or space before the letter and lower case are accepted.
/// </summary>
internal static class EsNie
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[9];
        if (Normalizer.Upper(value, c) != 9 || c[0] is not ('X' or 'Y' or 'Z'))
        {
            return false;
        }

        return EsDni.HasControlLetter(c[1..8], c[8], c[0] - 'X');
    }
}
