using System.Runtime.CompilerServices;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// Collects the windows each rule must scan and merges overlapping or nearby ones within a pass, so a rule scans
/// each character at most once per kind of anchor however many anchors sit close together. Reused across calls on one thread.
/// </summary>
internal sealed class WindowCollector
{
    private int[] _openStart = [];
    private int[] _openEnd = [];
    private int[] _windows = [];

    public const int LiteralLead = RuleLimits.MaxWindow;
    public const int RunLead = 32;

    /// <summary>Windows this close are scanned as one: a regex call costs about as much as scanning this many characters.</summary>
    public const int MergeGap = 128;

    public List<RuleRange> Ranges { get; } = [];

    /// <summary>Scratch for the run passes: the runs of one kind found in the text, in order.</summary>
    public List<(int Start, int End)> Runs { get; } = [];

    /// <summary>The interiors of long base64 runs in the text (<see cref="BlobInteriors"/>): anchors there open no window.</summary>
    public List<(int Start, int End)> Interiors { get; } = [];

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
        Runs.Clear();
        Interiors.Clear();
        OnlyRule = onlyRule;
    }

    /// <summary>
    /// Adds the window of an anchor at [<paramref name="start"/>, <paramref name="end"/>): where a match may start.
    /// A literal lets a match start up to <see cref="LiteralLead"/> characters before it and the rule's window
    /// after it; a digit or capital run, up to <see cref="RunLead"/> before it and no later than its end (such
    /// matches contain a run). An anchor starting in a blob's interior adds nothing. A window that does not touch the open one closes it: ranges of one rule from different passes may
    /// overlap, which costs a little time for the few rules with several kinds of anchors, never a finding (duplicates
    /// are resolved like any overlap).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int rule, int start, int end, int textLength, bool run)
    {
        if ((OnlyRule >= 0 && rule != OnlyRule) || (Interiors.Count > 0 && BlobInteriors.Contains(Interiors, start)))
        {
            return;
        }

        var window = _windows[rule];
        var from = Math.Max(0, start - Math.Min(window, run ? RunLead : LiteralLead));
        var to = run ? end : Math.Min(textLength, end + window);
        if (_openStart[rule] >= 0 && from <= _openEnd[rule] + MergeGap && to >= _openStart[rule])
        {
            _openStart[rule] = Math.Min(_openStart[rule], from);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
