using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Resolution;

/// <summary>
/// allow.json: look-alikes that are never findings whichever rule matched them (placeholders, variable
/// references, loopback addresses). Applied to each value that passed its rule.
/// </summary>
internal sealed class GlobalAllowList(IReadOnlyList<AllowEntry> entries)
{
    public static GlobalAllowList Empty { get; } = new([]);

    public IReadOnlyList<AllowEntry> Entries { get; } = entries;

    public bool Allows(ReadOnlySpan<char> value)
    {
        foreach (var entry in Entries)
        {
            if (entry.Regex.IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }
}
