using System.Buffers;
using BenchmarkDotNet.Attributes;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Benchmarks;

/// <summary>
/// The shipped detector on a 4 KB chat prompt and a 100 KB dev-tool context, beside the floor any prefilter
/// pays: one <see cref="SearchValues{T}"/> pass for the packs' keyword anchors over the same text.
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private Detector _detector = null!;
    private SearchValues<string> _keywords = null!;
    private string _text = "";

    [Params("chat-4KB", "dev-100KB")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _detector = Detector.Load(Detector.DefaultRulesDirectory);
        var anchors = _detector.Rules.Rules.SelectMany(r => r.Definition.Anchors).Where(a => !a.StartsWith('{')).Distinct(StringComparer.OrdinalIgnoreCase);
        _keywords = SearchValues.Create([.. anchors], StringComparison.OrdinalIgnoreCase);
        _text = SampleTexts.ByName(Input);
    }

    [Benchmark(Baseline = true)]
    public int KeywordPass()
    {
        var hits = 0;
        var span = _text.AsSpan();
        for (var at = span.IndexOfAny(_keywords); at >= 0; at = span.IndexOfAny(_keywords))
        {
            hits++;
            span = span[(at + 1)..];
        }

        return hits;
    }

    [Benchmark]
    public int Detect() => _detector.Detect(_text).Count;
}
