using System.Diagnostics;
using System.Net.Http.Headers;

namespace PrivacyProxy.ProxyBenchmarks;

/// <summary>
/// Measures one target: latency of sequential requests (whole response read) and throughput of
/// <see cref="BenchSettings.Concurrency"/> workers for <see cref="BenchSettings.Duration"/>.
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

    public static async Task<BenchResult> RunAsync(string name, HttpClient client, bool stream, BenchSettings settings)
    {
        byte[] body = BenchPayload.Body(stream);
        var latencies = new double[settings.Requests];
        for (int i = 0; i < latencies.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await SendAsync(client, body);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

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
        double seconds = Stopwatch.GetElapsedTime(began).TotalSeconds;
        Array.Sort(latencies);
        return new BenchResult(name, stream, Percentile(latencies, 0.50), Percentile(latencies, 0.99), completed / seconds);
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
