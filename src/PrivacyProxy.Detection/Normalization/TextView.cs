using System.Buffers;

namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// A rewritten copy of a text that detection runs on, with where each of its characters came from: character
/// <c>i</c> of <see cref="Text"/> stands for source characters <c>[starts[i], ends[i])</c> (several view characters
/// share one source range when a character expanded; a source range spans several characters when they merged,
/// such as a surrogate pair). Source characters between two ranges (and between where the view starts in the source and its first range) were removed. The map arrays are pooled:
/// dispose the view when done.
/// </summary>
internal sealed class TextView : IDisposable
{
    private int[]? _starts;
    private int[]? _ends;
    private readonly int _sourceStart;

    public TextView(string text, int[] starts, int[] ends, int sourceStart)
    {
        Text = text;
        _sourceStart = sourceStart;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>
    /// The source span of view span [<paramref name="start"/>, <paramref name="end"/>): everything its characters
    /// came from, plus the removed characters right before it (a zero-width character at a value's edge goes
    /// with the value). Only the leading edge grows, so two findings that touch in the view still touch, never
    /// overlap, in the source.
    /// </summary>
    public (int Start, int End) ToSource(int start, int end)
    {
        var starts = _starts!;
        var ends = _ends!;
        var from = starts[start];
        if (start > 0 && ends[start - 1] <= from)
        {
            from = ends[start - 1];
        }
        else if (start == 0)
        {
            from = _sourceStart;
        }

        return (from, ends[end - 1]);
    }

    public void Dispose()
    {
        if (_starts is not null)
        {
            ArrayPool<int>.Shared.Return(_starts);
            ArrayPool<int>.Shared.Return(_ends!);
            _starts = _ends = null;
        }
    }
}
