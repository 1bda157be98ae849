using System.Diagnostics;
using PrivacyProxy.Detection;
using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Prefilter;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Benchmarks;

/// <summary>
/// Where detection time goes on a file: the prefilter pass, then each rule's window scans, ranked. For tuning
/// rules and windows; prints rule ids and times only. Usage: <c>--profile FILE</c>.
/// </summary>
internal static class Profile
{
    public static int Run(string[] args)
    {
        var detector = Detector.Load(Detector.DefaultRulesDirectory);
        var set = detector.Rules;
        var text = File.ReadAllText(args[0]);
        var windows = new WindowCollector();
        var candidates = new List<Candidate>();
        var perRule = new long[set.Rules.Length];
        var charsPerRule = new long[set.Rules.Length];
        long prefilter = 0;
        const int Rounds = 50;
        // Past tiered compilation's tier 0 (30 calls and a background delay) before measuring.
        var warmUntil = Stopwatch.StartNew();
        while (warmUntil.Elapsed < TimeSpan.FromSeconds(3))
        {
            detector.Detect(text);
            windows.Reset(set.Rules.Length, set.Windows, -1);
            AnchorScanner.Collect(text, new AnchorTable(new Dictionary<string, List<int>>(), set.Anchors.DigitRules, set.Anchors.UpperRules), windows, set.Rules.Length);
            set.Anchors.Keys.Scan(text, windows);
        }

        for (var round = 0; round < Rounds; round++)
        {
            var start = Ticks.Now;
            windows.Reset(set.Rules.Length, set.Windows, -1);
            AnchorScanner.Collect(text, set.Anchors, windows, set.Rules.Length);
            prefilter += Ticks.Now - start;
            foreach (var range in windows.Ranges)
            {
                var t = Ticks.Now;
                RuleMatcher.Scan(set.Rules[range.Rule], text, range.Start, range.End, set.Allow, candidates);
                perRule[range.Rule] += Ticks.Now - t;
                charsPerRule[range.Rule] += range.End - range.Start;
            }

            candidates.Clear();
        }

        var literalsOnly = new AnchorTable(new Dictionary<string, List<int>>(), set.Anchors.DigitRules, set.Anchors.UpperRules);
        var t0 = Ticks.Now;
        for (var round = 0; round < Rounds; round++)
        {
            windows.Reset(set.Rules.Length, set.Windows, -1);
            AnchorScanner.Collect(text, literalsOnly, windows, set.Rules.Length);
        }

        var t1 = Ticks.Now;
        for (var round = 0; round < Rounds; round++)
        {
            windows.Reset(set.Rules.Length, set.Windows, -1);
            set.Anchors.Keys.Scan(text, windows);
        }

        Console.WriteLine($"gram filter only: {(Ticks.Now - t1) * 1000.0 / Ticks.Frequency / Rounds:F3} ms, {set.Anchors.KeyCount} keys");
        var empty = new GramFilter([new SearchKey("qqqqq", [])]);
        t1 = Ticks.Now;
        for (var round = 0; round < Rounds; round++)
        {
            empty.Scan(text, windows);
        }

        Console.WriteLine($"gram filter loop, one key: {(Ticks.Now - t1) * 1000.0 / Ticks.Frequency / Rounds:F3} ms");
        foreach (var (name, rules, low, high, min) in new[] { ("digit", set.Anchors.DigitRules, '0', '9', 1), ("upper", set.Anchors.UpperRules, 'A', 'Z', 2), ("digit/no rules", Array.Empty<int>(), '0', '9', 1), ("upper/no rules", Array.Empty<int>(), 'A', 'Z', 2) })
        {
            t1 = Ticks.Now;
            for (var round = 0; round < Rounds * 4; round++)
            {
                windows.Reset(set.Rules.Length, set.Windows, -1);
                AnchorScanner.CollectRuns(text, rules, windows, low, high, min);
            }

            Console.WriteLine($"runs {name}: {(Ticks.Now - t1) * 1000.0 / Ticks.Frequency / Rounds / 4:F3} ms, {windows.Ranges.Count} ranges");
        }

        Console.WriteLine($"runs only: {(Ticks.Now - t0) * 1000.0 / Ticks.Frequency / Rounds:F3} ms, {windows.Ranges.Count} ranges");
        double Ms(long ticks) => ticks * 1000.0 / Ticks.Frequency / Rounds;
        Console.WriteLine($"text {text.Length} chars; prefilter {Ms(prefilter):F3} ms; rules {Ms(perRule.Sum()):F3} ms; ranges {windows.Ranges.Count}");
        foreach (var i in Enumerable.Range(0, perRule.Length).OrderByDescending(i => perRule[i]).Take(25))
        {
            Console.WriteLine($"  {Ms(perRule[i]),8:F3} ms  {charsPerRule[i] / Rounds,8} chars  {set.Rules[i].Id}");
        }

        return 0;
    }
}

/// <summary>Thread CPU time in 100 ns ticks where the OS gives it (Linux), so a busy machine does not skew the profile.</summary>
internal static class Ticks
{
    public const long Frequency = 10_000_000;

    public static long Now => ThreadCpu.Now();
}
