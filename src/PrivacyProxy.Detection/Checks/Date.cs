namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Calendar dates as people write dates of birth: Y-M-D, D/M/Y or M/D/Y (either reading may hold), YYYYMMDD, and
/// with English or German month names ("12 March 1985", "Mar 12, 1985", "3. März 1985"). The date must exist and a
/// four-digit year must lie between 1900 and the current year.
/// </summary>
internal static class Date
{
    private const int MinYear = 1900;

    private readonly record struct Part(int Number, int Digits, int Month);

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<Part> parts = stackalloc Part[3];
        var count = Split(value, parts);
        if (count == 1 && parts[0].Digits == 8)
        {
            var n = parts[0].Number;
            return IsPlausible(n / 10000, 4, n / 100 % 100, n % 100);
        }

        if (count != 3)
        {
            return false;
        }

        var named = -1;
        for (var i = 0; i < 3; i++)
        {
            if (parts[i].Month > 0)
            {
                if (named >= 0)
                {
                    return false;
                }

                named = i;
            }
        }

        if (named >= 0)
        {
            Span<Part> numbers = stackalloc Part[2];
            var k = 0;
            for (var i = 0; i < 3; i++)
            {
                if (i != named)
                {
                    numbers[k++] = parts[i];
                }
            }

            var month = parts[named].Month;
            var (year, day) = numbers[0].Digits == 4 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0]);
            return day.Digits <= 2 && IsPlausible(year.Number, year.Digits, month, day.Number);
        }

        var (a, b, c) = (parts[0], parts[1], parts[2]);
        if (a.Digits == 4)
        {
            return b.Digits <= 2 && c.Digits <= 2 && IsPlausible(a.Number, 4, b.Number, c.Number);
        }

        return a.Digits <= 2 && b.Digits <= 2 && c.Digits is 2 or 4
            && (IsPlausible(c.Number, c.Digits, b.Number, a.Number) || IsPlausible(c.Number, c.Digits, a.Number, b.Number));
    }

    private static bool IsPlausible(int year, int yearDigits, int month, int day)
    {
        if (yearDigits == 2)
        {
            // A two-digit year may be either century; the day must exist in one of them (29 Feb 00).
            return Normalizer.IsDate(1900 + year, month, day) || Normalizer.IsDate(2000 + year, month, day);
        }

        return yearDigits == 4 && year >= MinYear && year <= DateTime.UtcNow.Year && Normalizer.IsDate(year, month, day);
    }

    /// <summary>Splits into number and month-name parts; returns the count, or -1 on anything unexpected.</summary>
    private static int Split(ReadOnlySpan<char> value, Span<Part> parts)
    {
        var count = 0;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c is '/' or '-' or '.' or ' ' or ',' or '\u00A0')
            {
                i++;
                continue;
            }

            if (count == parts.Length)
            {
                return -1;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < value.Length && char.IsAsciiDigit(value[i]))
                {
                    i++;
                }

                if (i - start > 8)
                {
                    return -1;
                }

                parts[count++] = new Part(int.Parse(value[start..i]), i - start, 0);
                i += OrdinalSuffixLength(value[i..]);
                continue;
            }

            while (i < value.Length && char.IsLetter(value[i]))
            {
                i++;
            }

            var month = MonthNames.Lookup(value[start..i]);
            if (month == 0)
            {
                return -1;
            }

            parts[count++] = new Part(0, 0, month);
        }

        return count;
    }

    private static int OrdinalSuffixLength(ReadOnlySpan<char> rest) =>
        rest.Length >= 2 && (rest[..2].Equals("st", StringComparison.OrdinalIgnoreCase)
            || rest[..2].Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest[..2].Equals("rd", StringComparison.OrdinalIgnoreCase)
            || rest[..2].Equals("th", StringComparison.OrdinalIgnoreCase))
            && (rest.Length == 2 || !char.IsLetter(rest[2])) ? 2 : 0;
}
