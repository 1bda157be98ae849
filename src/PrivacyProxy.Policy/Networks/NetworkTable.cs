using System.Net;

namespace PrivacyProxy.Policy.Networks;

/// <summary>Source networks and their teams; the most specific network holding an address names its team.</summary>
internal sealed class NetworkTable(IReadOnlyList<(CidrRange Range, string Team)> rules)
{
    public static NetworkTable Empty { get; } = new([]);

    public bool IsEmpty => rules.Count == 0;

    /// <summary>The team of the longest matching prefix (the first listed among equals); null when none matches.</summary>
    public string? TeamFor(IPAddress address)
    {
        string? team = null;
        var best = -1;
        foreach (var (range, rangeTeam) in rules)
        {
            if (range.PrefixLength > best && range.Contains(address))
            {
                best = range.PrefixLength;
                team = rangeTeam;
            }
        }

        return team;
    }
}
