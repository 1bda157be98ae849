namespace PrivacyProxy.ProxyBenchmarks;

/// <summary>How long and how hard to run: sequential requests for latency, a timed concurrent phase for throughput.</summary>
internal sealed record BenchSettings(int Warmup, int Requests, TimeSpan Duration, int Concurrency)
{
    public static BenchSettings Parse(string[] args)
    {
        int requests = 1000;
        int seconds = 5;
        int concurrency = 8;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            int value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--requests": requests = value; break;
                case "--seconds": seconds = value; break;
                case "--concurrency": concurrency = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchSettings(Math.Max(50, requests / 5), requests, TimeSpan.FromSeconds(seconds), concurrency);
    }
}
