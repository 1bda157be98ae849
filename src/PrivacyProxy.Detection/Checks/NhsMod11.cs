namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// NHS numbers (NHS Digital data dictionary): 10 digits whose last is a modulus 11 check digit over the first nine
/// (weights 10 to 2); a remainder giving check value 10 marks an invalid number.
/// </summary>
internal static class NhsMod11
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[10];
        if (Normalizer.Digits(value, d) != 10 || Normalizer.AllSame(d))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == d[9];
    }
}
