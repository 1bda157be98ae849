using System.Diagnostics;
using System.Net.Http.Headers;

namespace PrivacyProxy.ProxyBenchmarks;

/// <summary>
/// Measures targets: latency of sequential requests (whole response read) and throughput of concurrent workers.
/// </summary>
internal static class LoadRunner
{
    /// <summary>Sends <see cref="BenchSettings.Warmup"/> requests (JIT, connection pools, rule caches).</summary>
    public static async Task WarmupAsync(HttpClient client, bool stream, BenchSettings settings)
    {
        byte[] body = BenchPayload.Body(stream);
        for (int i = 0; i < settings.Warmup; i++)
        {
            await SendAsync(client, body);
        }
    }

    /// <summary>
    /// Latency of every target, measured interleaved: request i goes to each target in turn (the order rotating with
    /// i), so background load on a shared machine falls on all targets alike and their differences stay comparable.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, (double P50, double P99)>> LatencyAsync(
        IReadOnlyList<(string Name, HttpClient Client)> targets, bool stream, BenchSettings settings)
    {
        byte[] body = BenchPayload.Body(stream);
        var latencies = targets.Select(_ => new double[settings.Requests]).ToArray();
        for (int i = 0; i < settings.Requests; i++)
        {
            for (int k = 0; k < targets.Count; k++)
            {
                int t = (i + k) % targets.Count;
                long start = Stopwatch.GetTimestamp();
                await SendAsync(targets[t].Client, body);
                latencies[t][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        var result = new Dictionary<string, (double, double)>();
        for (int t = 0; t < targets.Count; t++)
        {
            Array.Sort(latencies[t]);
            result[targets[t].Name] = (Percentile(latencies[t], 0.50), Percentile(latencies[t], 0.99));
        }

        return result;
    }

    /// <summary>Completed requests per second of <see cref="BenchSettings.Concurrency"/> workers for <see cref="BenchSettings.Duration"/>.</summary>
    public static async Task<double> ThroughputAsync(HttpClient client, bool stream, BenchSettings settings)
    {
        byte[] body = BenchPayload.Body(stream);
        long completed = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task[settings.Concurrency];
        long began = Stopwatch.GetTimestamp();
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < stopAt)
                {
                    await SendAsync(client, body);
                    Interlocked.Increment(ref completed);
                }
            });
        }

        await Task.WhenAll(workers);
        return completed / Stopwatch.GetElapsedTime(began).TotalSeconds;
    }

    private static async Task SendAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("v1/chat/completions", content);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
