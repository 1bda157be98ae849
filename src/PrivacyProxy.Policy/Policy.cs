using PrivacyProxy.Detection;
using PrivacyProxy.Policy.Dictionaries;

namespace PrivacyProxy.Policy;

/// <summary>
/// One compiled policy: the action for each category and type, the media handling, and the policy's term lists.
/// Immutable and thread-safe; compiled by <see cref="PolicySetCompiler"/>.
/// </summary>
public sealed class Policy
{
    private readonly Dictionary<string, PolicyAction> _actions;
    private readonly PolicyTerms? _terms;

    internal Policy(string name, MediaHandling media, Dictionary<string, PolicyAction> actions, PolicyTerms? terms)
    {
        Name = name;
        Media = media;
        _actions = actions;
        Actions = actions.AsReadOnly();
        _terms = terms is { IsEmpty: false } ? terms : null;
    }

    public string Name { get; }

    public MediaHandling Media { get; }

    /// <summary>The configured action per category or type name (a type entry overrides its category's); unlisted ones redact.</summary>
    public IReadOnlyDictionary<string, PolicyAction> Actions { get; }

    /// <summary>The policy that redacts everything: what an unconfigured "default" policy is.</summary>
    internal static Policy RedactAll(string name, MediaHandling media) =>
        new(name, media, new Dictionary<string, PolicyAction>(StringComparer.OrdinalIgnoreCase), null);

    /// <summary>The TYPE entry, else the CATEGORY entry, else <see cref="PolicyAction.Redact"/>.</summary>
    public PolicyAction ActionFor(string category, string type) =>
        _actions.TryGetValue(type, out var byType) ? byType
        : _actions.TryGetValue(category, out var byCategory) ? byCategory
        : PolicyAction.Redact;

    /// <summary>
    /// <paramref name="rules"/> plus this policy's deny terms (category <c>CUSTOM</c>, type = the dictionary's,
    /// rule id <c>dictionary:&lt;name&gt;</c>), less findings inside its allow terms; <paramref name="rules"/>
    /// itself when the policy has no terms.
    /// </summary>
    public IDetector Wrap(IDetector rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return _terms is null ? rules : new TermDetector(rules, _terms);
    }

    /// <summary>The strictest action over <paramref name="findings"/> (Allow when there are none) and the counts behind it.</summary>
    public PolicyDecision Decide(IEnumerable<FindingKind> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var strictest = PolicyAction.Allow;
        var counts = new List<FindingCount>();
        var positions = new Dictionary<FindingKind, int>();
        foreach (var kind in findings)
        {
            var action = ActionFor(kind.Category, kind.Type);
            strictest = action > strictest ? action : strictest;
            if (action == PolicyAction.Allow)
            {
                continue;
            }

            if (positions.TryGetValue(kind, out var at))
            {
                counts[at] = counts[at] with { Count = counts[at].Count + 1 };
            }
            else
            {
                positions[kind] = counts.Count;
                counts.Add(new FindingCount(kind.Category, kind.Type, kind.RuleId, 1, action));
            }
        }

        var blocking = counts.FindAll(static c => c.Action == PolicyAction.Block);
        return new PolicyDecision(Name, strictest, counts, blocking);
    }
}
