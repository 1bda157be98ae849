using System.Buffers;

namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Rejects values that are documentation placeholders rather than real data: masks (xxxx, ****, ....), template
/// references (${VAR}, {{var}}, $(var), %(var)s, &lt;your key&gt;), PrivacyProxy's own [[TYPE_n]] placeholders,
/// words such as "your_key_here", "example", "changeme", counting sequences, and one repeated character.
/// </summary>
internal static class NotPlaceholder
{
    private static readonly SearchValues<string> Markers = SearchValues.Create(
        [
            "xxxx", "****", "....", "\u2022\u2022\u2022\u2022", "____", "${", "{{", "$(", "%(", "[[", "your_", "your-",
            "yourkey", "your key", "placeholder", "example", "changeme", "change_me", "change-me", "replace_me",
            "replaceme", "redacted", "insert_", "dummy", "123456789", "abcdefgh",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || (value.Length >= 3 && !value.ContainsAnyExcept(value[0])))
        {
            return false;
        }

        var open = value.IndexOf('<');
        return (open < 0 || value[open..].IndexOf('>') < 0) && value.IndexOfAny(Markers) < 0;
    }
}
