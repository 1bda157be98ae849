using System.Net;
using PrivacyProxy.Policy.Networks;

namespace PrivacyProxy.Policy;

/// <summary>
/// Every compiled policy, which team gets which, and which source network is which team: the immutable snapshot
/// the host swaps whole on reload.
/// </summary>
public sealed class PolicySet
{
    private readonly IReadOnlyDictionary<string, PolicyAssignment> _teams;
    private readonly NetworkTable _networks;
    private readonly PolicyAssignment _defaultAssignment;

    internal PolicySet(Policy defaultPolicy, IReadOnlyDictionary<string, PolicyAssignment> teams, NetworkTable networks)
    {
        Default = defaultPolicy;
        _teams = teams;
        _networks = networks;
        _defaultAssignment = new PolicyAssignment(defaultPolicy, null);
    }

    /// <summary>What "nothing configured" compiles to: one policy, "default", that redacts everything and refuses media.</summary>
    public static PolicySet Empty { get; } = new(
        Policy.RedactAll(PolicySetCompiler.ImplicitDefault, MediaHandling.Refuse),
        new Dictionary<string, PolicyAssignment>(StringComparer.OrdinalIgnoreCase),
        NetworkTable.Empty);

    /// <summary>The policy of callers without a team or whose team has no entry.</summary>
    public Policy Default { get; }

    /// <summary>Every configured team (names case-insensitive) and its policies, for the dashboard's policy page.</summary>
    public IReadOnlyDictionary<string, PolicyAssignment> Teams => _teams;

    /// <summary>Whether callers can be identified by source network.</summary>
    public bool HasNetworkRules => !_networks.IsEmpty;

    /// <summary>The team's policies (team names are case-insensitive); the default policy and no shadow for null or an unknown team.</summary>
    public PolicyAssignment ForTeam(string? team) =>
        team is not null && _teams.TryGetValue(team, out var assignment) ? assignment : _defaultAssignment;

    /// <summary>The team of the most specific network holding <paramref name="address"/>; null when none does.</summary>
    public string? TeamForAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _networks.TeamFor(address);
    }
}
