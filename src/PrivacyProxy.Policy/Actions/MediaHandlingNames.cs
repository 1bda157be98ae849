namespace PrivacyProxy.Policy;

/// <summary>The configuration text of each <see cref="MediaHandling"/>: <c>refuse</c>, <c>strip</c>, <c>forward</c>.</summary>
public static class MediaHandlingNames
{
    private static readonly string[] Texts = ["refuse", "strip", "forward"];

    /// <summary>Every accepted text, for error messages.</summary>
    public static string Expected { get; } = string.Join(", ", Texts);

    /// <summary>The text as configured (case-insensitive, surrounding spaces ignored); null when it names no handling.</summary>
    public static MediaHandling? Parse(string? text)
    {
        var trimmed = text?.Trim();
        for (var i = 0; i < Texts.Length; i++)
        {
            if (string.Equals(Texts[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return (MediaHandling)i;
            }
        }

        return null;
    }

    /// <summary>The lower-case configuration text.</summary>
    public static string ToText(MediaHandling media) => Texts[(int)media];
}
