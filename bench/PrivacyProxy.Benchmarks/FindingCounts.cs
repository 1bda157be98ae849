using PrivacyProxy.Detection;

namespace PrivacyProxy.Benchmarks;

/// <summary>
/// Counts the shipped detector's findings per rule on files of ordinary text, to spot rules that fire on clean
/// input. Prints rule ids and counts only, never values. Usage: <c>--findings FILE...</c>.
/// </summary>
internal static class FindingCounts
{
    public static int Run(string[] files)
    {
        var detector = Detector.Load(Detector.DefaultRulesDirectory);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long chars = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            chars += text.Length;
            for (var at = 0; at < text.Length; at += 100_000)
            {
                foreach (var finding in detector.Detect(text.Substring(at, Math.Min(100_000, text.Length - at))))
                {
                    counts[finding.RuleId] = counts.GetValueOrDefault(finding.RuleId) + 1;
                }
            }
        }

        var total = counts.Values.Sum();
        Console.WriteLine($"{total} findings in {chars / 1000} K chars: {total * 10_000.0 / chars:F2} per 10 KB");
        foreach (var (rule, count) in counts.OrderByDescending(p => p.Value).Take(30))
        {
            Console.WriteLine($"  {count,6}  {rule}");
        }

        return 0;
    }
}
