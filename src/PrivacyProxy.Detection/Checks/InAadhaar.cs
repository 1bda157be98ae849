namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Indian Aadhaar numbers (UIDAI): 12 digits, the first 2-9, the last a Verhoeff check digit. Rejects repeated
/// digits and palindromes, which UIDAI does not issue.
/// </summary>
internal static class InAadhaar
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[12];
        if (Normalizer.Digits(value, d) != 12 || d[0] < 2 || Normalizer.AllSame(d))
        {
            return false;
        }

        var palindrome = true;
        for (var i = 0; i < 6 && palindrome; i++)
        {
            palindrome = d[i] == d[11 - i];
        }

        return !palindrome && Verhoeff.IsValid(d);
    }
}
