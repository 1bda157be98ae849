using System.Diagnostics;
using PrivacyProxy.Detection;
using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Prefilter;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Benchmarks;

/// <summary>
/// Where detection time goes on a file, in thread CPU time: the prefilter (and its literal pass alone), then each
/// rule's window scans, ranked. For tuning rules and windows; prints rule ids and times only.
/// Usage: <c>--profile FILE</c>.
/// </summary>
internal static class Profile
{
    private const int Rounds = 50;

    public static int Run(string[] args)
    {
        var detector = Detector.Load(Detector.DefaultRulesDirectory);
        var set = detector.Rules;
        var text = File.ReadAllText(args[0]);
        var windows = new WindowCollector();
        var candidates = new List<Candidate>();
        var perRule = new long[set.Rules.Length];
        var charsPerRule = new long[set.Rules.Length];
        var rangesPerRule = new long[set.Rules.Length];
        var bytesPerRule = new long[set.Rules.Length];

        // Past tiered compilation's tier 0 (30 calls and a background delay) before measuring.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            detector.Detect(text);
            windows.Reset(set.Rules.Length, set.Windows, -1);
            set.Anchors.Keys.Scan(text, windows);
        }

        long prefilter = 0;
        long literals = 0;
        long prefilterBytes = 0;
        long detectBytes = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var detectStart = GC.GetAllocatedBytesForCurrentThread();
            detector.Detect(text);
            detectBytes += GC.GetAllocatedBytesForCurrentThread() - detectStart;
            var start = ThreadCpu.Now();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            windows.Reset(set.Rules.Length, set.Windows, -1);
            AnchorScanner.Collect(text, set.Anchors, windows, set.Rules.Length);
            prefilter += ThreadCpu.Now() - start;
            prefilterBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            foreach (var range in windows.Ranges)
            {
                var t = ThreadCpu.Now();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                RuleMatcher.Scan(set.Rules[range.Rule], text, range.Start, range.End, set.Allow, candidates);
                perRule[range.Rule] += ThreadCpu.Now() - t;
                bytesPerRule[range.Rule] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                charsPerRule[range.Rule] += range.End - range.Start;
                rangesPerRule[range.Rule]++;
            }

            candidates.Clear();
            var literalStart = ThreadCpu.Now();
            set.Anchors.Keys.Scan(text, windows);
            literals += ThreadCpu.Now() - literalStart;
        }

        Console.WriteLine($"text {text.Length} chars; prefilter {Ms(prefilter):F3} ms (literal pass {Ms(literals):F3} ms, {set.Anchors.KeyCount} keys); rules {Ms(perRule.Sum()):F3} ms");
        Console.WriteLine($"allocated per Detect {detectBytes / Rounds} B; prefilter {prefilterBytes / Rounds} B; rules {bytesPerRule.Sum() / Rounds} B; {rangesPerRule.Sum() / Rounds} windows, {charsPerRule.Sum() / Rounds} chars scanned");
        foreach (var i in Enumerable.Range(0, perRule.Length).OrderByDescending(i => perRule[i]).Take(25))
        {
            Console.WriteLine($"  {Ms(perRule[i]),8:F3} ms {charsPerRule[i] / Rounds,8} chars {rangesPerRule[i] / Rounds,6} ranges {bytesPerRule[i] / Rounds,8} B  {set.Rules[i].Id}");
        }

        return 0;
    }

    private static double Ms(long ticks) => ticks / 10_000.0 / Rounds;
}
