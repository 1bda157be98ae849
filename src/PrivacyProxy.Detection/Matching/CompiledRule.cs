using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Checks;
using PrivacyProxy.Detection.Lists;
using PrivacyProxy.Detection.Recognizers;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// A rule ready to run: its regex (compiled once, with a match timeout), the group holding the value, and the
/// filters a value must pass (checks, recognizer, entropy, context and exclusion words, allow patterns).
/// </summary>
internal sealed class CompiledRule
{
    public required int Index { get; init; }
    public required RuleDefinition Definition { get; init; }
    /// <summary>The pattern's regexes: one per top-level branch (see <see cref="PatternBranches"/>).</summary>
    public required RuleBranch[] Branches { get; init; }

    /// <summary>The word list of a list rule (which then has no branches); null for a pattern rule.</summary>
    public WordListMatcher? List { get; init; }

    public required Check[] Checks { get; init; }
    public IRecognizer? Recognizer { get; init; }
    public WordContext? Context { get; init; }
    public WordContext? Exclude { get; init; }
    public required Regex[] Allow { get; init; }

    public string Id => Definition.Id;
    public string Category => Definition.Category;
    public string Type => Definition.Type;
    public int Window => Definition.Window;
    public int Priority => Definition.Priority;

    /// <summary>True when a validator confirms the value (checksum or recognizer), which wins overlap ties.</summary>
    public bool IsValidated => Checks.Length > 0 || Recognizer is not null;

    /// <summary>
    /// Applies the rule's filters to the value at [<paramref name="start"/>, <paramref name="end"/>) and gives the
    /// priority the finding competes with (raised when an optional context word is near).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Accept(string text, int start, int end, out int priority)
    {
        priority = Priority;
        var value = text.AsSpan(start, end - start);
        foreach (var check in Checks)
        {
            if (!check(value))
            {
                return false;
            }
        }

        if (Definition.MinEntropy > 0 && ShannonEntropy.Of(value) < Definition.MinEntropy)
        {
            return false;
        }

        if (Exclude is not null && Exclude.OccursAround(text, start, end))
        {
            return false;
        }

        if (Context is not null)
        {
            var near = Context.OccursAround(text, start, end);
            if (Context.Required && !near)
            {
                return false;
            }

            priority += near && !Context.Required ? RuleLimits.ContextBonus : 0;
        }

        foreach (var allow in Allow)
        {
            if (allow.IsMatch(value))
            {
                return false;
            }
        }

        return Recognizer is null || Recognizer.Confirms(text, start, end);
    }
}
