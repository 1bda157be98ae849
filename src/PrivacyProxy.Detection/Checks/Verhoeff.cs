namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// The Verhoeff check digit (J. Verhoeff, 1969; dihedral group D5), which catches every single-digit error and
/// every adjacent transposition. Separators are ignored.
/// </summary>
internal static class Verhoeff
{
    private static ReadOnlySpan<byte> Multiplication =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 2, 3, 4, 0, 6, 7, 8, 9, 5,
        2, 3, 4, 0, 1, 7, 8, 9, 5, 6,
        3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
        4, 0, 1, 2, 3, 9, 5, 6, 7, 8,
        5, 9, 8, 7, 6, 0, 4, 3, 2, 1,
        6, 5, 9, 8, 7, 1, 0, 4, 3, 2,
        7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
        8, 7, 6, 5, 9, 3, 2, 1, 0, 4,
        9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ];

    private static ReadOnlySpan<byte> Permutation =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 5, 7, 6, 2, 8, 3, 0, 9, 4,
        5, 8, 0, 3, 7, 9, 6, 1, 4, 2,
        8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
        9, 4, 5, 3, 1, 2, 6, 8, 7, 0,
        4, 2, 8, 6, 5, 7, 3, 9, 0, 1,
        2, 7, 9, 3, 8, 0, 6, 4, 1, 5,
        7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
    ];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<byte> digits = stackalloc byte[32];
        var count = Normalizer.Digits(value, digits);
        return count >= 2 && IsValid(digits[..count]);
    }

    public static bool IsValid(ReadOnlySpan<byte> digits)
    {
        var c = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var p = Permutation[((i % 8) * 10) + digits[digits.Length - 1 - i]];
            c = Multiplication[(c * 10) + p];
        }

        return c == 0;
    }
}
