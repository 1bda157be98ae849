namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Payment card numbers: Luhn, an issuer identification number range that is assigned, and a length that issuer
/// uses (ISO/IEC 7812-1; ranges as published by the networks).
/// </summary>
internal static class CreditCard
{
    private readonly record struct Issuer(int PrefixDigits, int Low, int High, int LengthMask);

    private static int Lengths(int min, int max)
    {
        var mask = 0;
        for (var i = min; i <= max; i++)
        {
            mask |= 1 << i;
        }

        return mask;
    }

    private static readonly Issuer[] Issuers =
    [
        new(1, 4, 4, (1 << 13) | (1 << 16) | (1 << 19)),   // Visa
        new(2, 51, 55, 1 << 16),                           // Mastercard
        new(4, 2221, 2720, 1 << 16),                       // Mastercard 2-series
        new(2, 34, 34, 1 << 15),                           // American Express
        new(2, 37, 37, 1 << 15),
        new(1, 1, 1, 1 << 15),                             // UATP
        new(4, 6011, 6011, Lengths(16, 19)),               // Discover
        new(3, 644, 649, Lengths(16, 19)),
        new(2, 65, 65, Lengths(16, 19)),
        new(2, 62, 62, Lengths(16, 19)),                   // UnionPay (includes Discover's 622126-622925)
        new(4, 3528, 3589, Lengths(16, 19)),               // JCB
        new(3, 300, 305, Lengths(14, 19)),                 // Diners Club
        new(3, 309, 309, Lengths(14, 19)),
        new(2, 36, 36, Lengths(14, 19)),
        new(2, 38, 39, Lengths(14, 19)),
        // Maestro allows 12-19 digits, but 12-15 digit cards are rare while 12-15 digit ids are not.
        new(4, 5018, 5018, Lengths(16, 19)),               // Maestro
        new(4, 5020, 5020, Lengths(16, 19)),
        new(4, 5038, 5038, Lengths(16, 19)),
        new(4, 5893, 5893, Lengths(16, 19)),
        new(4, 6304, 6304, Lengths(16, 19)),
        new(4, 6759, 6759, Lengths(16, 19)),
        new(4, 6761, 6763, Lengths(16, 19)),
        new(4, 5019, 5019, 1 << 16),                       // Dankort
        new(4, 2200, 2204, Lengths(16, 19)),               // Mir
        new(4, 2205, 2205, 1 << 16),                       // BORICA
        new(2, 60, 60, 1 << 16),                           // RuPay
        new(2, 81, 82, 1 << 16),
        new(3, 508, 508, 1 << 16),
        new(4, 9792, 9792, 1 << 16),                       // Troy
        new(6, 506099, 506198, (1 << 16) | (1 << 18) | (1 << 19)), // Verve
        new(6, 507865, 507964, (1 << 16) | (1 << 18) | (1 << 19)),
        new(6, 650002, 650027, (1 << 16) | (1 << 18) | (1 << 19)),
    ];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> digits = stackalloc byte[20];
        var count = Normalizer.Digits(value, digits);
        if (count is < 12 or > 19)
        {
            return false;
        }

        var number = digits[..count];
        return HasIssuer(number) && !Normalizer.AllSame(number) && Luhn.IsValid(number);
    }

    private static bool HasIssuer(ReadOnlySpan<byte> digits)
    {
        foreach (var issuer in Issuers)
        {
            if ((issuer.LengthMask & (1 << digits.Length)) == 0)
            {
                continue;
            }

            var prefix = (int)Normalizer.ToNumber(digits[..issuer.PrefixDigits]);
            if (prefix >= issuer.Low && prefix <= issuer.High)
            {
                return true;
            }
        }

        return false;
    }
}
