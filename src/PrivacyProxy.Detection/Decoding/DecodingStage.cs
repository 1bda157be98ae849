namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// Finds values hidden in encoded runs (base64, hex, percent, character references, data URLs; issue 7 item 4).
/// Each run that decodes to text is rescanned in a view with the original text around it, because the cue is
/// usually the key before the run (<c>password: aHVudGVyMg==</c>); a finding in the decoded part makes the
/// WHOLE run a finding. Nested encodings are followed to <see cref="DecodeLimits.MaxDepth"/>; past any limit a
/// run stays as it is, which the plain scan has already covered.
/// </summary>
internal sealed class DecodingStage(Func<string, Finding[]> scan)
{
    /// <summary>The plain findings of <paramref name="text"/> with those of its encoded runs merged in.</summary>
    public Finding[] Apply(string text, Finding[] plain)
    {
        var runs = RunFinder.Collect(text);
        if (runs is null)
        {
            return plain;
        }

        var budget = new DecodeBudget(DecodeLimits.BudgetFor(text.Length));
        var found = new List<Finding>();
        ScanRuns(text, runs, 0, text.Length, 0, budget, found);
        return found.Count == 0 ? plain : FindingMerger.Merge(plain, found);
    }

    // Adds a finding spanning each run that overlaps [from, to) and hides a value.
    private void ScanRuns(string text, List<EncodedRun> runs, int from, int to, int depth, DecodeBudget budget, List<Finding> found)
    {
        foreach (var run in runs)
        {
            if (run.End <= from || run.Start >= to || run.Length > DecodeLimits.MaxRunChars)
            {
                continue;
            }

            if (!budget.TryTake(run.Length))
            {
                return;
            }

            if (RunDecoder.TryDecode(text, run, out var decoded) && TryFindInside(text, run, decoded, depth, budget, out var inner))
            {
                found.Add(inner with { Start = run.Start, End = run.End });
            }
        }
    }

    private bool TryFindInside(string text, EncodedRun run, string decoded, int depth, DecodeBudget budget, out Finding inner)
    {
        inner = default;
        if (EncodedCredential.IsCredential(text, run.Start, decoded))
        {
            inner = new Finding(0, 0, Categories.Secret, EncodedCredential.Type, EncodedCredential.RuleId);
            return true;
        }

        var before = ContextStart(text, run.Start);
        var after = ContextEnd(text, run.End);
        var regionStart = run.Start - before;
        var regionEnd = regionStart + decoded.Length;
        if (!budget.TryTake(regionStart + decoded.Length + (after - run.End)))
        {
            return false;
        }

        var view = string.Concat(text.AsSpan(before, regionStart), decoded, text.AsSpan(run.End, after - run.End));
        foreach (var finding in scan(view))
        {
            if (finding.Start < regionEnd && regionStart < finding.End)
            {
                inner = finding;
                return true;
            }
        }

        return depth + 1 < DecodeLimits.MaxDepth && TryFindNested(view, regionStart, regionEnd, depth + 1, budget, out inner);
    }

    private bool TryFindNested(string view, int regionStart, int regionEnd, int depth, DecodeBudget budget, out Finding inner)
    {
        inner = default;
        var runs = RunFinder.Collect(view);
        if (runs is null)
        {
            return false;
        }

        var found = new List<Finding>();
        ScanRuns(view, runs, regionStart, regionEnd, depth, budget, found);
        if (found.Count == 0)
        {
            return false;
        }

        inner = found[0];
        return true;
    }

    private static int ContextStart(string text, int start)
    {
        var before = Math.Max(0, start - DecodeLimits.ContextBefore);
        return before > 0 && char.IsLowSurrogate(text[before]) ? before + 1 : before;
    }

    private static int ContextEnd(string text, int end)
    {
        var after = Math.Min(text.Length, end + DecodeLimits.ContextAfter);
        return after < text.Length && char.IsHighSurrogate(text[after - 1]) ? after - 1 : after;
    }
}
