namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// Collects the windows each rule must scan and merges overlapping ones, so a rule scans each character of the
/// text at most once however many anchors sit close together. Reused across calls on one thread.
/// </summary>
internal sealed class WindowCollector
{
    private int[] _openStart = [];
    private int[] _openEnd = [];
    private int[] _windows = [];

    public List<RuleRange> Ranges { get; } = [];

    /// <summary>Only this rule collects windows (-1: every rule). Used to run one rule on its own examples.</summary>
    public int OnlyRule { get; private set; } = -1;

    public void Reset(int ruleCount, IReadOnlyList<int> windows, int onlyRule)
    {
        if (_openStart.Length < ruleCount)
        {
            _openStart = new int[ruleCount];
            _openEnd = new int[ruleCount];
            _windows = new int[ruleCount];
        }

        for (var i = 0; i < ruleCount; i++)
        {
            _windows[i] = windows[i];
        }

        _openStart.AsSpan(0, ruleCount).Fill(-1);
        Ranges.Clear();
        OnlyRule = onlyRule;
    }

    /// <summary>Adds the window around an anchor at [<paramref name="start"/>, <paramref name="end"/>). Positions arrive in order within one pass.</summary>
    public void Add(int rule, int start, int end, int textLength)
    {
        if (OnlyRule >= 0 && rule != OnlyRule)
        {
            return;
        }

        var window = _windows[rule];
        var from = Math.Max(0, start - window);
        var to = Math.Min(textLength, end + window);
        if (_openStart[rule] >= 0 && from <= _openEnd[rule])
        {
            _openEnd[rule] = Math.Max(_openEnd[rule], to);
            return;
        }

        if (_openStart[rule] >= 0)
        {
            Ranges.Add(new RuleRange(rule, _openStart[rule], _openEnd[rule]));
        }

        _openStart[rule] = from;
        _openEnd[rule] = to;
    }

    /// <summary>Ends a pass: closes every open window.</summary>
    public void EndPass(int ruleCount)
    {
        for (var rule = 0; rule < ruleCount; rule++)
        {
            if (_openStart[rule] >= 0)
            {
                Ranges.Add(new RuleRange(rule, _openStart[rule], _openEnd[rule]));
                _openStart[rule] = -1;
            }
        }
    }

    /// <summary>Merges ranges of the same rule that came from different passes.</summary>
    public void Merge()
    {
        if (Ranges.Count < 2)
        {
            return;
        }

        Ranges.Sort();
        var write = 0;
        for (var read = 1; read < Ranges.Count; read++)
        {
            var current = Ranges[write];
            var next = Ranges[read];
            if (next.Rule == current.Rule && next.Start <= current.End)
            {
                Ranges[write] = current with { End = Math.Max(current.End, next.End) };
            }
            else
            {
                Ranges[++write] = next;
            }
        }

        Ranges.RemoveRange(write + 1, Ranges.Count - write - 1);
    }
}
