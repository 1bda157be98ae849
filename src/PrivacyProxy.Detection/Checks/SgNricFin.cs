namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Singapore NRIC and FIN numbers (ICA): a prefix letter (S, T citizens and PRs; F, G, M foreigners), seven digits
/// weighted 2, 7, 6, 5, 4, 3, 2, an offset of 4 for T and G and 3 for M, and a check letter read from the
/// prefix's table at the sum mod 11.
/// </summary>
internal static class SgNricFin
{
    private static ReadOnlySpan<byte> Weights => [2, 7, 6, 5, 4, 3, 2];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[9];
        if (Normalizer.Upper(value, c) != 9 || !char.IsAsciiDigit(c[1]))
        {
            return false;
        }

        var (offset, table) = c[0] switch
        {
            'S' => (0, "JZIHGFEDCBA"),
            'T' => (4, "JZIHGFEDCBA"),
            'F' => (0, "XWUTRQPNMLK"),
            'G' => (4, "XWUTRQPNMLK"),
            'M' => (3, "XWUTRQPNJLK"),
            _ => (0, string.Empty),
        };
        if (table.Length == 0)
        {
            return false;
        }

        var sum = offset;
        for (var i = 0; i < 7; i++)
        {
            if (!char.IsAsciiDigit(c[i + 1]))
            {
                return false;
            }

            sum += (c[i + 1] - '0') * Weights[i];
        }

        return table[sum % 11] == c[8];
    }
}
