namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Reads the key in front of a run. An encoded value often has no cue of its own; the key before it
/// (<c>password: aHVudGVyMg==</c>, <c>_auth=...</c>, <c>"auth":"..."</c>, <c>Basic ...</c>) is the cue.
/// </summary>
internal static class KeyCue
{
    private const int MaxGap = 4;

    /// <summary>True when the run at <paramref name="start"/> is assigned to something (after ':' or '=') or follows a Basic scheme.</summary>
    public static bool IsValuePosition(string text, int start)
    {
        var j = SkipGap(text, start - 1);
        return (j >= 0 && text[j] is ':' or '=') || IsBasicScheme(text, j);
    }

    /// <summary>
    /// True when the run is the value of a key that holds base64 <c>user:password</c>: the Basic scheme, npm's
    /// <c>_auth</c>, a docker config's <c>auth</c> (any key ending in "auth").
    /// </summary>
    public static bool IsCredentialKey(string text, int start)
    {
        var j = SkipGap(text, start - 1);
        if (j < 0)
        {
            return false;
        }

        if (text[j] is not (':' or '='))
        {
            return IsBasicScheme(text, j);
        }

        j = SkipGap(text, j - 1);
        var end = j + 1;
        while (j >= 0 && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '-' or '.'))
        {
            j--;
        }

        return text.AsSpan(j + 1, end - j - 1).EndsWith("auth", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBasicScheme(string text, int j)
    {
        const string scheme = "basic";
        var start = j - scheme.Length + 1;
        return start >= 0
            && j + 1 < text.Length && text[j + 1] is ' ' or '\t'
            && text.AsSpan(start, scheme.Length).Equals(scheme, StringComparison.OrdinalIgnoreCase)
            && (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]));
    }

    // Steps back over the spaces and quotes between a key (or its ':' / '=') and the value.
    private static int SkipGap(string text, int j)
    {
        var limit = Math.Max(-1, j - MaxGap);
        while (j > limit && text[j] is ' ' or '\t' or '"' or '\'')
        {
            j--;
        }

        return j;
    }
}
