using System.Globalization;
using System.Text;

namespace PrivacyProxy.ProxyBenchmarks;

/// <summary>One target's figures, and the report table (added latency is relative to calling the upstream directly).</summary>
internal sealed record BenchResult(string Target, bool Stream, double P50, double P99, double RequestsPerSecond)
{
    public static string Table(IReadOnlyList<BenchResult> results, BenchSettings settings)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"prompt {BenchPayload.PromptLength} chars; latency over {settings.Requests} sequential requests; " +
            $"throughput with {settings.Concurrency} concurrent clients for {settings.Duration.TotalSeconds:0} s; {Environment.ProcessorCount} cores");
        text.AppendLine("| mode | target | p50 ms | p99 ms | added p50 ms | added p99 ms | req/s |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var direct = results.First(r => r.Stream == result.Stream && r.Target == "direct");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {(result.Stream ? "stream" : "json")} | {result.Target} | {result.P50:0.000} | {result.P99:0.000} | " +
                $"{result.P50 - direct.P50:0.000} | {result.P99 - direct.P99:0.000} | {result.RequestsPerSecond:0} |");
        }

        return text.ToString();
    }
}
