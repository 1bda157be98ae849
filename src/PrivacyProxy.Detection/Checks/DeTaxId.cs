namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// German tax identification numbers (Steuerliche Identifikationsnummer, § 139b AO; BZSt): 11 digits, first not 0,
/// at most one digit repeated (at most three times) among the first ten, ISO 7064 MOD 11,10 check digit.
/// </summary>
internal static class DeTaxId
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> d = stackalloc byte[11];
        if (Normalizer.Digits(value, d) != 11 || d[0] == 0)
        {
            return false;
        }

        Span<byte> counts = stackalloc byte[10];
        counts.Clear();
        var repeated = 0;
        for (var i = 0; i < 10; i++)
        {
            if (++counts[d[i]] == 2)
            {
                repeated++;
            }
        }

        if (repeated > 1 || counts.IndexOfAnyInRange((byte)4, (byte)10) >= 0)
        {
            return false;
        }

        return Iso7064Mod1110(d[..10]) == d[10];
    }

    /// <summary>The ISO 7064 MOD 11,10 check digit of <paramref name="digits"/>.</summary>
    public static int Iso7064Mod1110(ReadOnlySpan<byte> digits)
    {
        var product = 10;
        foreach (var digit in digits)
        {
            var sum = (digit + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = sum * 2 % 11;
        }

        var check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
