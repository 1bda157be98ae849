namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// ICAO Doc 9303 part 3 §4.9 check digit over a document number whose last character is the check digit: digits
/// count as themselves, letters A-Z as 10-35, weights 7, 3, 1 repeating, sum mod 10 (German Personalausweis and
/// Reisepass serial numbers, machine-readable zones).
/// </summary>
internal static class IcaoCheckDigit
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[16];
        var count = Normalizer.Upper(value, c);
        if (count < 2 || !char.IsAsciiDigit(c[count - 1]))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < count - 1; i++)
        {
            var v = char.IsAsciiDigit(c[i]) ? c[i] - '0' : c[i] - 'A' + 10;
            sum += v * (i % 3) switch { 0 => 7, 1 => 3, _ => 1 };
        }

        return sum % 10 == c[count - 1] - '0';
    }
}
