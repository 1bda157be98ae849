using PrivacyProxy.Detection;

namespace PrivacyProxy.Redaction.Tests.TestKit;

/// <summary>
/// Fake sensitive values the tests plant in texts (treated as real: never printed), with the finding each one
/// stands for, and a way to describe a text with them masked.
/// </summary>
internal static class PlantedValues
{
    public static readonly IReadOnlyList<(string Value, string Category, string Type)> All =
    [
        ("Alice O\"Neil", Categories.Personal, "PERSON"),
        ("alice@example.com", Categories.Contact, "EMAIL"),
        ("bob@example.org", Categories.Contact, "EMAIL"),
        ("4111 1111 1111 1111", Categories.Financial, "CREDIT_CARD"),
        ("sk-test-Q2x\\9zK", Categories.Secret, "API_KEY"),
        ("C:\\Users\\[tmp]\\pw", Categories.Secret, "PASSWORD"),
        ("hol\nis", Categories.Personal, "PERSON"),
        ("203.0.113.7", Categories.Network, "IP_ADDRESS"),
    ];

    public static string Person => All[0].Value;

    public static string Email => All[1].Value;

    /// <summary>The text with every planted value replaced by <c>&lt;planted#i&gt;</c>, safe to print.</summary>
    public static string Mask(string? text)
    {
        if (text is null)
        {
            return "<null>";
        }

        for (int i = 0; i < All.Count; i++)
        {
            text = text.Replace(All[i].Value, $"<planted#{i}>", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>True when any planted value occurs in <paramref name="text"/>.</summary>
    public static bool AnyIn(string text)
    {
        foreach ((string value, _, _) in All)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
