using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Names;
using PrivacyProxy.Detection.Prefilter;
using PrivacyProxy.Detection.Resolution;
using PrivacyProxy.Detection.Warming;

namespace PrivacyProxy.Detection.Rules;

/// <summary>An immutable, compiled snapshot of a rules directory: the rules, their anchors and the allow list.</summary>
internal sealed class RuleSet(string directory, CompiledRule[] rules, AnchorTable anchors, GlobalAllowList allow, NameScanner? names = null)
{
    public string Directory { get; } = directory;
    public CompiledRule[] Rules { get; } = rules;
    public AnchorTable Anchors { get; } = anchors;
    public GlobalAllowList Allow { get; } = allow;

    /// <summary>The whole-text name pass of the rule anchored on <c>{names}</c>, when a pack has one.</summary>
    public NameScanner? Names { get; } = names;
    public int[] Windows { get; } = [.. rules.Select(r => r.Window)];

    /// <summary>Whether this set has been warmed up (shared by every detector over it).</summary>
    public WarmUpState WarmUp { get; } = new();

    public CompiledRule? Find(string id) => Array.Find(Rules, r => r.Id == id);
}
