namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// Fake sensitive values planted in requests (generated, never real; treated as real: never printed).
/// Assertions use <see cref="AnyIn"/> / <see cref="Mask"/> so a failure message cannot show one.
/// </summary>
internal static class Planted
{
    public const string AwsKey = "AKIAQ7RZ4MWX2LT5NB3K";
    public const string Card = "4111 1111 1111 1111";
    public const string Email = "dana.whitfield@contoso-mail.net";
    public const string Ssn = "536-22-8817";
    public const string Ip = "84.17.35.201";

    public static readonly IReadOnlyList<string> All = [AwsKey, Card, Email, Ssn, Ip];

    /// <summary>A sentence carrying every planted value, each in a context its rule expects.</summary>
    public static string Sentence =>
        $"my key {AwsKey}, card {Card}, mail {Email}, SSN {Ssn}, server {Ip}.";

    /// <summary>True when any planted value occurs in <paramref name="text"/>.</summary>
    public static bool AnyIn(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var value in All)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Indexes (<c>#i</c>) of the planted values in <paramref name="text"/>, as they are or URL-encoded (<c>%20</c>
    /// or <c>+</c> for spaces): safe to print, empty when none.
    /// </summary>
    public static string Which(string? text)
    {
        var found = new List<string>();
        for (int i = 0; i < All.Count; i++)
        {
            string escaped = Uri.EscapeDataString(All[i]);
            if (text is not null && (text.Contains(All[i], StringComparison.Ordinal) ||
                text.Contains(escaped, StringComparison.OrdinalIgnoreCase) ||
                text.Contains(escaped.Replace("%20", "+", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)))
            {
                found.Add("#" + i);
            }
        }

        return string.Join(',', found);
    }

    /// <summary>How many of the planted values occur in <paramref name="text"/>.</summary>
    public static int CountIn(string text)
    {
        int count = 0;
        foreach (var value in All)
        {
            count += text.Contains(value, StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The text with each planted value replaced by <c>&lt;planted#i&gt;</c>, safe to print.</summary>
    public static string Mask(string? text)
    {
        if (text is null)
        {
            return "<null>";
        }

        for (int i = 0; i < All.Count; i++)
        {
            text = text.Replace(All[i], $"<planted#{i}>", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Fills <c>{KEY}</c>, <c>{CARD}</c>, <c>{MAIL}</c>, <c>{SSN}</c> and <c>{IP}</c> in a test template with the planted values.</summary>
    public static string Fill(string template) => template
        .Replace("{KEY}", AwsKey, StringComparison.Ordinal)
        .Replace("{CARD}", Card, StringComparison.Ordinal)
        .Replace("{MAIL}", Email, StringComparison.Ordinal)
        .Replace("{SSN}", Ssn, StringComparison.Ordinal)
        .Replace("{IP}", Ip, StringComparison.Ordinal);
}
