namespace PrivacyProxy.Detection;

/// <summary>One problem found while loading rule packs: the file, the rule (when known) and what is wrong.</summary>
public sealed record RuleError(string File, string? RuleId, string Problem)
{
    public override string ToString() =>
        RuleId is null ? $"{File}: {Problem}" : $"{File}: rule '{RuleId}': {Problem}";
}
