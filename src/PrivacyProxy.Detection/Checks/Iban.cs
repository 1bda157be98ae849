namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// International Bank Account Numbers (ISO 13616-1): a country in the IBAN registry, that country's length, and
/// the ISO 7064 MOD 97-10 check (remainder 1, check digits 02-98). Group separators are ignored; letters may be
/// lower-case.
/// </summary>
internal static class Iban
{
    // Country code and IBAN length for every country in the SWIFT IBAN registry (ISO 13616), release 2025.
    private const string Registry =
        "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18" +
        "FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21" +
        "LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24" +
        "SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30";

    private static readonly byte[] Lengths = BuildLengths();

    /// <summary>The longest IBAN any registry country uses.</summary>
    public const int MaxLength = 34;

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> chars = stackalloc char[MaxLength];
        var count = Normalizer.Upper(value, chars);
        if (count < 15)
        {
            return false;
        }

        var iban = chars[..count];
        return count == ExpectedLength(iban[0], iban[1])
            && char.IsAsciiDigit(iban[2]) && char.IsAsciiDigit(iban[3])
            && iban[2..4] is not ("00" or "01" or "99")
            && Mod97(iban) == 1;
    }

    /// <summary>The registry length for a country code, or 0 when the country issues no IBANs.</summary>
    public static int ExpectedLength(char first, char second) =>
        char.IsAsciiLetterUpper(first) && char.IsAsciiLetterUpper(second) ? Lengths[((first - 'A') * 26) + second - 'A'] : 0;

    /// <summary>The ISO 7064 MOD 97-10 remainder of the IBAN with its first four characters moved to the end.</summary>
    public static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }

    private static byte[] BuildLengths()
    {
        var lengths = new byte[26 * 26];
        for (var i = 0; i < Registry.Length; i += 4)
        {
            lengths[((Registry[i] - 'A') * 26) + Registry[i + 1] - 'A'] = byte.Parse(Registry.AsSpan(i + 2, 2));
        }

        return lengths;
    }
}
