using System.Runtime.CompilerServices;
using PrivacyProxy.Detection.Decoding;
using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Normalization;
using PrivacyProxy.Detection.Prefilter;
using PrivacyProxy.Detection.Resolution;
using PrivacyProxy.Detection.Rules;
using PrivacyProxy.Detection.Warming;

namespace PrivacyProxy.Detection;

/// <summary>
/// The detection engine: one prefilter pass finds anchors, only the rules they start run on bounded windows,
/// values are validated, and overlapping findings are resolved. Thread-safe; load once, share everywhere.
/// </summary>
public sealed class Detector : IDetector, IViewScanner
{
    private readonly RuleSet _rules;
    private readonly DecodingStage _decoding;

    private Detector(RuleSet rules)
    {
        _rules = rules;
        _decoding = new DecodingStage(text => Run(text, -1));
    }

    /// <summary>The <c>rules</c> folder copied next to the program at build.</summary>
    public static string DefaultRulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>Number of rules loaded.</summary>
    public int RuleCount => _rules.Rules.Length;

    /// <summary>Every finding type the loaded rules produce (what a policy may name besides the categories).</summary>
    public IReadOnlySet<string> Types => field ??= _rules.Rules.Select(static r => r.Type).ToHashSet(StringComparer.OrdinalIgnoreCase);

    internal RuleSet Rules => _rules;

    /// <summary>True once a <see cref="WarmUp"/> of these rules has finished (in this or another detector over them).</summary>
    public bool IsWarmedUp => _rules.WarmUp.IsDone;

    /// <summary>
    /// Loads and validates every pack in <paramref name="rulesDirectory"/> (compiled once per process and
    /// directory). Throws <see cref="RuleLoadException"/> listing every problem by file, rule and problem.
    /// </summary>
    public static Detector Load(string rulesDirectory) => new(RuleSetCache.Get(rulesDirectory));

    /// <summary>A detector over an already compiled rule set (tests that need non-default compilation).</summary>
    internal static Detector FromRuleSet(RuleSet rules) => new(rules);

    /// <summary>
    /// Plain findings, then encoded runs (base64, hex, percent, references, data URLs) decoded and rescanned. While
    /// a <see cref="WarmUp"/> of these rules runs, waits for it first (bounded by 30 s).
    /// </summary>
    public IReadOnlyList<Finding> Detect(string text)
    {
        if (_rules.WarmUp.InProgress)
        {
            _rules.WarmUp.Wait();
        }

        return _decoding.Apply(text, Run(text, -1));
    }

    /// <summary>
    /// Compiles and exercises every rule, word list, check and recognizer once by scanning every rule's pack
    /// examples (alone and with all rules, with decoding), so the first request of each kind costs what the
    /// thousandth does. Runs once per rule set: later calls, from any thread, wait for the first to finish.
    /// </summary>
    public void WarmUp()
    {
        var state = _rules.WarmUp;
        if (!state.TryStart())
        {
            state.Wait();
            return;
        }

        try
        {
            foreach (var (text, rule) in WarmUpCorpus.Of(_rules))
            {
                Run(text, rule);
                _decoding.Apply(text, Run(text, -1));
            }
        }
        finally
        {
            state.Finish();
        }
    }

    /// <summary>
    /// The findings in the text as written, without its folded and joined views: what the windowed engine finds,
    /// for tests that compare it with each regex run on the whole text.
    /// </summary>
    internal IReadOnlyList<Finding> DetectAsWritten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text, -1);
    }

    /// <summary>Runs one rule alone (anchors, regex, filters, allow list), as its pack examples are checked.</summary>
    internal IReadOnlyList<Finding> DetectWithRule(string text, string ruleId)
    {
        var rule = _rules.Find(ruleId) ?? throw new ArgumentException("unknown rule id", nameof(ruleId));
        return Run(text, rule.Index);
    }

    // The text as written, then its normalised views (folded, lines joined) where a cheap check finds they differ.
    private Finding[] Run(string text, int onlyRule)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NormalizedViews.Detect(text, this, onlyRule);
    }

    Finding[] IViewScanner.Scan(string text, int onlyRule) => Scan(text, onlyRule);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Finding[] Scan(string text, int onlyRule)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var scratch = DetectionScratch.Rent();
        try
        {
            var rules = _rules.Rules;
            scratch.Windows.Reset(rules.Length, _rules.Windows, onlyRule);
            AnchorScanner.Collect(text, _rules.Anchors, scratch.Windows, rules.Length);
            foreach (var range in scratch.Windows.Ranges)
            {
                RuleMatcher.Scan(rules[range.Rule], text, range.Start, range.End, _rules.Allow, scratch.Candidates);
            }

            if (_rules.Names is { } names && (onlyRule < 0 || onlyRule == names.Rule))
            {
                names.Scan(text, rules[names.Rule], _rules.Allow, scratch.Candidates);
            }

            return SpanResolver.Resolve(scratch.Candidates, rules);
        }
        finally
        {
            DetectionScratch.Return(scratch);
        }
    }
}
