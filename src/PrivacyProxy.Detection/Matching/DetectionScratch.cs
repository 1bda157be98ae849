using PrivacyProxy.Detection.Prefilter;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Detection.Matching;

/// <summary>Per-thread working memory of one detection (windows, candidates), reused so a call allocates only its result.</summary>
internal sealed class DetectionScratch
{
    [ThreadStatic]
    private static DetectionScratch? _current;

    public WindowCollector Windows { get; } = new();
    public List<Candidate> Candidates { get; } = [];

    /// <summary>Takes this thread's scratch; <see cref="Return"/> gives it back.</summary>
    public static DetectionScratch Rent()
    {
        var scratch = _current ?? new DetectionScratch();
        _current = null;
        return scratch;
    }

    public static void Return(DetectionScratch scratch)
    {
        scratch.Candidates.Clear();
        if (scratch.Candidates.Capacity > 4096)
        {
            scratch.Candidates.Capacity = 4096;
        }

        _current = scratch;
    }
}
