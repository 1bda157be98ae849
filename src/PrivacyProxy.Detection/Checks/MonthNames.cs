namespace PrivacyProxy.Detection.Checks;

/// <summary>English and German month names and their usual abbreviations, for the <see cref="Date"/> check.</summary>
internal static class MonthNames
{
    // Index + 1 is the month; each entry lists accepted spellings separated by '|'.
    private static readonly string[] Names =
    [
        "jan|january|januar|jänner",
        "feb|febr|february|februar",
        "mar|march|märz|maerz|mrz",
        "apr|april",
        "may|mai",
        "jun|june|juni",
        "jul|july|juli",
        "aug|august",
        "sep|sept|september",
        "oct|october|okt|oktober",
        "nov|november",
        "dec|december|dez|dezember",
    ];

    /// <summary>The month (1-12) a name denotes, case-insensitively, or 0.</summary>
    public static int Lookup(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 9)
        {
            return 0;
        }

        for (var m = 0; m < Names.Length; m++)
        {
            foreach (var range in Names[m].AsSpan().Split('|'))
            {
                if (Names[m].AsSpan()[range].Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return m + 1;
                }
            }
        }

        return 0;
    }
}
