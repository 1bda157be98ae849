using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Prefilter;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Detection.Rules;

/// <summary>An immutable, compiled snapshot of a rules directory: the rules, their anchors and the allow list.</summary>
internal sealed class RuleSet(string directory, CompiledRule[] rules, AnchorTable anchors, GlobalAllowList allow)
{
    public string Directory { get; } = directory;
    public CompiledRule[] Rules { get; } = rules;
    public AnchorTable Anchors { get; } = anchors;
    public GlobalAllowList Allow { get; } = allow;
    public int[] Windows { get; } = [.. rules.Select(r => r.Window)];

    public CompiledRule? Find(string id) => Array.Find(Rules, r => r.Id == id);
}
