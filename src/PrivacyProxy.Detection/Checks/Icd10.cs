namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// ICD-10 / ICD-10-CM code shapes (WHO ICD-10; CDC/NCHS ICD-10-CM tabular list): a chapter letter (A-T, V-Z, or the
/// WHO emergency codes U07/U09), a digit, a digit or A/B (C4A, D3A, M1A, O9A, Z3A), then up to four characters
/// with an optional dot before them (E11.65, S72.001A, T36.0X1A).
/// </summary>
internal static class Icd10
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length < 3)
        {
            return false;
        }

        var letter = char.ToUpperInvariant(value[0]);
        if (!char.IsAsciiLetterUpper(letter) || !char.IsAsciiDigit(value[1]))
        {
            return false;
        }

        var third = char.ToUpperInvariant(value[2]);
        if (!char.IsAsciiDigit(third) && third is not ('A' or 'B'))
        {
            return false;
        }

        if (letter == 'U' && !(value[1] == '0' && third is '7' or '9'))
        {
            return false;
        }

        var rest = value[3..];
        if (!rest.IsEmpty && rest[0] == '.')
        {
            rest = rest[1..];
            if (rest.IsEmpty)
            {
                return false;
            }
        }

        if (rest.Length > 4)
        {
            return false;
        }

        foreach (var c in rest)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        // The fourth character is a digit, the placeholder X, or A (F32.A); other letters only extend (7th character).
        return rest.IsEmpty || char.IsAsciiDigit(rest[0]) || rest[0] is 'X' or 'x' or 'A' or 'a';
    }
}
