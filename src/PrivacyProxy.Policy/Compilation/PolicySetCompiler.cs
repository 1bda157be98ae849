using PrivacyProxy.Policy.Compilation;
using PrivacyProxy.Policy.Dictionaries;
using PrivacyProxy.Policy.Networks;

namespace PrivacyProxy.Policy;

/// <summary>
/// Validates a <see cref="PolicySetDefinition"/> and compiles it into a <see cref="PolicySet"/>. Every problem is
/// collected and returned, each naming its configuration key; nothing is thrown for bad configuration.
/// </summary>
public static class PolicySetCompiler
{
    /// <summary>The policy name that needs no definition: when missing, it is the everything-redact policy.</summary>
    public const string ImplicitDefault = "default";

    /// <param name="definition">The configuration as bound by the host.</param>
    /// <param name="dictionaryDirectory">Where dictionary files are read from (<c>rules/dictionaries/</c>).</param>
    /// <param name="knownTypes">The finding types the rule packs produce; with the categories and dictionary names they are what an Actions key may name.</param>
    public static PolicyCompilation Compile(PolicySetDefinition definition, string dictionaryDirectory, IReadOnlySet<string> knownTypes)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(dictionaryDirectory);
        ArgumentNullException.ThrowIfNull(knownTypes);
        var problems = new List<PolicyProblem>();
        var actionKeys = ActionKeys(definition, knownTypes);
        var policies = new Dictionary<string, Policy>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, policy) in definition.Policies)
        {
            policies[name] = CompilePolicy(name, policy ?? new PolicyDefinition(), definition.LegacyMedia, dictionaryDirectory, actionKeys, problems);
        }

        var implicitDefault = Policy.RedactAll(ImplicitDefault, definition.LegacyMedia ?? MediaHandling.Refuse);
        Policy? Find(string? name, string key)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new PolicyProblem(key, "is empty; name a policy"));
                return null;
            }

            if (policies.TryGetValue(name.Trim(), out var found))
            {
                return found;
            }

            if (string.Equals(name.Trim(), ImplicitDefault, StringComparison.OrdinalIgnoreCase))
            {
                return implicitDefault;
            }

            problems.Add(new PolicyProblem(key, $"names policy '{name.Trim()}', which is not defined under PrivacyProxy:Policies"));
            return null;
        }

        var defaultPolicy = Find(definition.DefaultPolicy, PolicyKeys.DefaultPolicy);
        var teams = new Dictionary<string, PolicyAssignment>(StringComparer.OrdinalIgnoreCase);
        foreach (var (team, entry) in definition.Teams)
        {
            var key = PolicyKeys.Team(team);
            var enforced = entry?.Policy is null ? defaultPolicy : Find(entry.Policy, $"{key}:Policy");
            var shadow = entry?.ShadowPolicy is null ? null : Find(entry.ShadowPolicy, $"{key}:ShadowPolicy");
            if (enforced is not null)
            {
                teams[team] = new PolicyAssignment(enforced, shadow);
            }
        }

        var networks = CompileNetworks(definition.Networks, problems);
        return problems.Count > 0 || defaultPolicy is null
            ? new PolicyCompilation(null, problems)
            : new PolicyCompilation(new PolicySet(defaultPolicy, teams, networks), problems);
    }

    // What an Actions key may name, mapped to the key the policy stores: categories, rule types, dictionary names and types.
    private static Dictionary<string, string> ActionKeys(PolicySetDefinition definition, IReadOnlySet<string> knownTypes)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in knownTypes)
        {
            keys[type] = type;
        }

        foreach (var policy in definition.Policies.Values)
        {
            foreach (var dictionary in policy?.Dictionaries ?? [])
            {
                if (!string.IsNullOrWhiteSpace(dictionary?.Name))
                {
                    var type = DictionaryCompiler.TypeOf(dictionary.Name);
                    keys[dictionary.Name.Trim()] = type;
                    keys[type] = type;
                }
            }
        }

        foreach (var category in PolicyCategories.All)
        {
            keys[category] = category;
        }

        return keys;
    }

    private static Policy CompilePolicy(
        string name,
        PolicyDefinition definition,
        MediaHandling? legacyMedia,
        string dictionaryDirectory,
        Dictionary<string, string> actionKeys,
        List<PolicyProblem> problems)
    {
        var actions = new Dictionary<string, PolicyAction>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, text) in definition.Actions)
        {
            var configKey = PolicyKeys.Action(name, key);
            var action = PolicyActionNames.Parse(text);
            if (action is null)
            {
                problems.Add(new PolicyProblem(configKey, $"unknown action '{text}'; expected one of {PolicyActionNames.Expected}"));
            }

            if (!actionKeys.TryGetValue(key.Trim(), out var target))
            {
                problems.Add(new PolicyProblem(configKey,
                    $"'{key}' is neither a category ({string.Join(", ", PolicyCategories.All)}) nor a known type or dictionary name"));
            }
            else if (action is not null)
            {
                actions[target] = action.Value;
            }
        }

        MediaHandling? media = null;
        if (!string.IsNullOrWhiteSpace(definition.Media))
        {
            media = MediaHandlingNames.Parse(definition.Media);
            if (media is null)
            {
                problems.Add(new PolicyProblem(PolicyKeys.Media(name), $"unknown media handling '{definition.Media}'; expected one of {MediaHandlingNames.Expected}"));
            }
        }

        var terms = DictionaryCompiler.Compile(name, definition, dictionaryDirectory, problems);
        return new Policy(name, media ?? legacyMedia ?? MediaHandling.Refuse, actions, terms);
    }

    private static NetworkTable CompileNetworks(List<NetworkDefinition> networks, List<PolicyProblem> problems)
    {
        var rules = new List<(CidrRange Range, string Team)>();
        for (var i = 0; i < networks.Count; i++)
        {
            var key = PolicyKeys.Network(i);
            var range = CidrRange.Parse(networks[i]?.Cidr);
            if (range is null)
            {
                problems.Add(new PolicyProblem($"{key}:Cidr", $"'{networks[i]?.Cidr}' is not an IPv4 or IPv6 network (address/prefix, e.g. 10.0.0.0/8 or 2001:db8::/32)"));
            }

            var team = networks[i]?.Team?.Trim();
            if (string.IsNullOrEmpty(team))
            {
                problems.Add(new PolicyProblem($"{key}:Team", "is empty; a network rule names the team of its callers"));
            }
            else if (range is not null)
            {
                rules.Add((range, team));
            }
        }

        return rules.Count == 0 ? NetworkTable.Empty : new NetworkTable(rules);
    }
}
