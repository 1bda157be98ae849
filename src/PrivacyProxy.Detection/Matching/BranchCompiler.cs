using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Compiles a rule's pattern into the regexes the matcher runs: one per top-level branch
/// (<see cref="PatternBranches"/>), each with its leading lookbehinds taken out when that measures faster on
/// <see cref="CalibrationSample"/> (<see cref="LeadingLookbehind"/>). Every form gives the same matches.
/// </summary>
internal static class BranchCompiler
{
    // The split form must win clearly: timings on a shared machine are noisy, and the whole form is the default.
    private const double RequiredGain = 1.5;

    public static RuleBranch[] Compile(
        string pattern, RegexOptions options, TimeSpan timeout, string? valueGroup, LookbehindSplit split = LookbehindSplit.WhenFaster)
    {
        var parts = PatternBranches.Split(pattern);
        var branches = new RuleBranch[parts.Count];
        try
        {
            for (var i = 0; i < parts.Count; i++)
            {
                branches[i] = CompileBranch(parts[i], options, timeout, valueGroup, split);
            }
        }
        catch (ArgumentException)
        {
            // A branch that does not compile alone (e.g. it refers to another branch's group): keep the pattern whole.
            return [Whole(pattern, options, timeout, valueGroup)];
        }

        return branches;
    }

    private static RuleBranch CompileBranch(string pattern, RegexOptions options, TimeSpan timeout, string? valueGroup, LookbehindSplit split)
    {
        if (split != LookbehindSplit.Never && LeadingLookbehind.TrySplit(pattern, out var inline, out var lookbehinds, out var rest))
        {
            var interpreted = options & ~RegexOptions.Compiled;
            var lead = new LeadCheck(inline, lookbehinds, options, timeout);
            var restProbe = new Regex(inline + rest, interpreted, timeout);
            var keepsValue = valueGroup is null || restProbe.GroupNumberFromName(valueGroup) >= 0;
            if (!lead.HasGroups && keepsValue
                && (split == LookbehindSplit.Always || SplitIsFaster(new Regex(pattern, interpreted, timeout), restProbe, lead)))
            {
                var regex = new Regex(inline + rest, options, timeout);
                return new RuleBranch(regex, Group(regex, valueGroup), lead);
            }
        }

        return Whole(pattern, options, timeout, valueGroup);
    }

    private static RuleBranch Whole(string pattern, RegexOptions options, TimeSpan timeout, string? valueGroup)
    {
        var regex = new Regex(pattern, options, timeout);
        return new RuleBranch(regex, Group(regex, valueGroup));
    }

    private static int Group(Regex regex, string? name) => name is null ? 0 : Math.Max(regex.GroupNumberFromName(name), 0);

    private static bool SplitIsFaster(Regex whole, Regex rest, LeadCheck lead)
    {
        var text = CalibrationSample.Text;
        try
        {
            var wholeTime = Best(() => whole.Count(text));
            var splitTime = Best(() =>
            {
                var count = 0;
                var at = 0;
                while (at <= text.Length)
                {
                    var next = -1;
                    foreach (var match in rest.EnumerateMatches(text, at))
                    {
                        var holds = lead.Holds(text, match.Index);
                        count += holds ? 1 : 0;
                        next = holds ? match.Index + Math.Max(match.Length, 1) : match.Index + 1;
                        break;
                    }

                    if (next < 0)
                    {
                        break;
                    }

                    at = next;
                }

                return count;
            });
            return splitTime * RequiredGain < wholeTime;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static long Best(Func<int> run)
    {
        var best = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run();
            best = Math.Min(best, Stopwatch.GetTimestamp() - start);
        }

        return best;
    }
}
