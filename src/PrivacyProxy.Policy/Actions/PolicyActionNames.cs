namespace PrivacyProxy.Policy;

/// <summary>The configuration and header text of each <see cref="PolicyAction"/>: <c>redact</c>, <c>route-local</c>, ...</summary>
public static class PolicyActionNames
{
    private static readonly string[] Texts = ["allow", "audit-only", "redact", "mask", "route-local", "block"];

    /// <summary>Every accepted text, strictest last, for error messages.</summary>
    public static string Expected { get; } = string.Join(", ", Texts);

    /// <summary>The text as configured (case-insensitive, surrounding spaces ignored); null when it names no action.</summary>
    public static PolicyAction? Parse(string? text)
    {
        var trimmed = text?.Trim();
        for (var i = 0; i < Texts.Length; i++)
        {
            if (string.Equals(Texts[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return (PolicyAction)i;
            }
        }

        return null;
    }

    /// <summary>The lower-case text used in configuration and in the <c>X-PrivacyProxy-Action</c> header.</summary>
    public static string ToText(PolicyAction action) => Texts[(int)action];
}
