namespace PrivacyProxy.Detection.Rules;

/// <summary>Defaults and bounds of the rule pack format (rules/README.md).</summary>
internal static class RuleLimits
{
    public const int DefaultWindow = 256;
    public const int MaxWindow = 4096;
    public const int DefaultPriority = 50;
    public const int MaxPriority = 100;
    public const int MaxContextDistance = 512;

    /// <summary>What a context word adds to a rule's priority when the context is not required.</summary>
    public const int ContextBonus = 10;

    /// <summary>Longest time one regex call may take on one window before the window is reported whole.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
}
