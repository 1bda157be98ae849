using System.Diagnostics;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Benchmarks;

/// <summary>
/// A quick throughput probe outside BenchmarkDotNet: runs the shipped detector over files (whole file per call,
/// or cut into chunks) for a few seconds and prints MB/s (UTF-16 characters counted as bytes of text).
/// Usage: <c>--throughput [--chunk N] [--terms N] FILE...</c> (a .jsonl file gives its "text" fields;
/// <c>--terms</c> adds a policy dictionary of N deny terms, as a company's customer list would be).
/// </summary>
internal static class Throughput
{
    public static int Run(string[] args)
    {
        var chunk = 0;
        var terms = 0;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--chunk")
            {
                chunk = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--terms")
            {
                terms = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                files.Add(args[i]);
            }
        }

        var loading = Stopwatch.StartNew();
        var rules = Detector.Load(Detector.DefaultRulesDirectory);
        var branches = rules.Rules.Rules.SelectMany(r => r.Branches).ToList();
        Console.WriteLine($"loaded {rules.RuleCount} rules in {loading.ElapsedMilliseconds} ms; {branches.Count} regexes, {branches.Count(b => b.Lead is not null)} with leading lookbehinds run apart");
        IDetector detector = terms > 0 ? DictionaryPolicy.Wrap(rules, terms) : rules;
        var texts = new List<string>();
        foreach (var file in files)
        {
            if (file.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                texts.AddRange(File.ReadLines(file).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!));
                continue;
            }

            var text = File.ReadAllText(file);
            if (chunk <= 0)
            {
                texts.Add(text);
                continue;
            }

            for (var at = 0; at < text.Length; at += chunk)
            {
                texts.Add(text.Substring(at, Math.Min(chunk, text.Length - at)));
            }
        }

        long chars = texts.Sum(t => (long)t.Length);
        var findings = 0;
        foreach (var text in texts)
        {
            findings += detector.Detect(text).Count;
        }

        // Past tiered compilation's tier 0 and every first-use allocation (per-thread recognizer models) first.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var text in texts)
            {
                detector.Detect(text);
            }
        }

        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        while (clock.Elapsed < TimeSpan.FromSeconds(5) || rounds == 0)
        {
            foreach (var text in texts)
            {
                detector.Detect(text);
            }

            rounds++;
        }

        clock.Stop();
        var cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var megabytes = chars * rounds / 1e6;
        Console.WriteLine($"{texts.Count} texts, {chars / 1e3:F0} K chars, {findings} findings per round, {rounds} rounds");
        Console.WriteLine($"{megabytes / clock.Elapsed.TotalSeconds:F1} MB/s wall, {megabytes / cpuSeconds:F1} MB/s of CPU time; {allocated / (double)(chars * rounds):F3} bytes allocated per char");
        return 0;
    }
}
