namespace PrivacyProxy.Detection.Rules;

/// <summary>One rule as written in a pack file, after reading and before compiling.</summary>
internal sealed record RuleDefinition
{
    public required string File { get; init; }
    public required string Id { get; init; }
    public required string Category { get; init; }
    public required string Type { get; init; }
    public required IReadOnlyList<string> Anchors { get; init; }
    public string? Pattern { get; init; }
    public string? List { get; init; }
    public string? ValueGroup { get; init; }
    public bool IgnoreCase { get; init; }
    public int Window { get; init; } = RuleLimits.DefaultWindow;
    public IReadOnlyList<string> Checks { get; init; } = [];
    public string? Recognizer { get; init; }
    public double MinEntropy { get; init; }
    public WordContextDefinition? Context { get; init; }
    public WordContextDefinition? Exclude { get; init; }
    public IReadOnlyList<string> Allow { get; init; } = [];
    public int Priority { get; init; } = RuleLimits.DefaultPriority;
    public IReadOnlyList<string> MatchExamples { get; init; } = [];
    public IReadOnlyList<string> NoMatchExamples { get; init; } = [];
}
