namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Indian GST identification numbers (CBIC, GST Rules 2017 rule 10): a two-digit state code (01-38, 97 other
/// territory, 99 centre), the holder's PAN, an entity number, the letter Z, and a check character over base 36
/// (weights alternating 1 and 2, each product's base-36 digits summed).
/// </summary>
internal static class InGstin
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[15];
        if (Normalizer.Upper(value, c) != 15 || !char.IsAsciiDigit(c[0]) || !char.IsAsciiDigit(c[1]))
        {
            return false;
        }

        var state = ((c[0] - '0') * 10) + (c[1] - '0');
        if (state is not ((>= 1 and <= 38) or 97 or 99) || !InPan.IsValid(c[2..12]) || c[13] != 'Z')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var product = Alphabet.IndexOf(c[i]) * (i % 2 == 0 ? 1 : 2);
            sum += (product / 36) + (product % 36);
        }

        return Alphabet[(36 - (sum % 36)) % 36] == c[14];
    }
}
