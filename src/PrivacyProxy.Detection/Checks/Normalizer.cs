namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Reduces a matched value to its significant characters (digits, or upper-case letters and digits), skipping
/// the separators that printed formats put between groups, into a caller-provided buffer.
/// </summary>
internal static class Normalizer
{
    /// <summary>True for the group separators the checks ignore: space, no-break space, dash, dot.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '\u00A0';

    // Digit groups are also written with slashes, or one group per line (copied from a form or a PDF column).
    private static bool IsDigitSeparator(char c) => IsSeparator(c) || c is '/' or '\n' or '\r' or '\t';

    /// <summary>
    /// Writes the digit values of <paramref name="value"/> to <paramref name="digits"/> and returns their count,
    /// or -1 when the value holds anything but digits and separators, or more digits than the buffer holds.
    /// </summary>
    public static int Digits(ReadOnlySpan<char> value, Span<byte> digits)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return -1;
                }

                digits[count++] = (byte)(c - '0');
            }
            else if (!IsDigitSeparator(c))
            {
                return -1;
            }
        }

        return count;
    }

    /// <summary>
    /// Writes the ASCII letters (upper-cased) and digits of <paramref name="value"/> to <paramref name="chars"/>
    /// and returns their count, or -1 on any other character or when the buffer is too small.
    /// </summary>
    public static int Upper(ReadOnlySpan<char> value, Span<char> chars)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (count == chars.Length)
                {
                    return -1;
                }

                chars[count++] = char.ToUpperInvariant(c);
            }
            else if (!IsSeparator(c))
            {
                return -1;
            }
        }

        return count;
    }

    /// <summary>The number the digits spell, most significant first (at most 18 digits).</summary>
    public static long ToNumber(ReadOnlySpan<byte> digits)
    {
        long n = 0;
        foreach (var d in digits)
        {
            n = (n * 10) + d;
        }

        return n;
    }

    /// <summary>True when every digit equals the first one (0000..., 1111...), a typical filler value.</summary>
    public static bool AllSame(ReadOnlySpan<byte> digits) => digits.Length > 0 && !digits.ContainsAnyExcept(digits[0]);

    /// <summary>True when the year, month and day form a date that exists in the Gregorian calendar.</summary>
    public static bool IsDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
