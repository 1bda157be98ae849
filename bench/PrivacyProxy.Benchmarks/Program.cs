using BenchmarkDotNet.Running;
using PrivacyProxy.Benchmarks;

if (args.Length > 0 && args[0] == "--throughput")
{
    return Throughput.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--profile")
{
    return Profile.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--findings")
{
    return FindingCounts.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--make-jsonl")
{
    return JsonlSample.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
