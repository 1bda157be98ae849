using PrivacyProxy.ProxyBenchmarks;

// Added latency and throughput of the proxy, against the fake upstream called directly and through plain YARP.
//   dotnet run -c Release --project bench/PrivacyProxy.ProxyBenchmarks -- [--requests N] [--seconds S] [--concurrency C]
var settings = BenchSettings.Parse(args);
await using var targets = await BenchTargets.StartAsync();
var report = new List<BenchResult>();

// Warm every path before measuring any, so the first target measured is not the one paying for JIT.
foreach (bool stream in new[] { false, true })
{
    foreach (var (_, client) in targets.Clients)
    {
        await LoadRunner.WarmupAsync(client, stream, settings);
    }
}

foreach (bool stream in new[] { false, true })
{
    var latency = await LoadRunner.LatencyAsync(targets.Clients, stream, settings);
    foreach (var (name, client) in targets.Clients)
    {
        var (p50, p99) = latency[name];
        report.Add(new BenchResult(name, stream, p50, p99, await LoadRunner.ThroughputAsync(client, stream, settings)));
    }
}

Console.WriteLine(BenchResult.Table(report, settings));
return 0;
