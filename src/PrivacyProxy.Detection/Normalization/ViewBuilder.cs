using System.Buffers;

namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Writes a <see cref="TextView"/> one character at a time into pooled buffers that grow on demand (a fold can
/// expand a character into several). Either <see cref="Build"/> or <see cref="Dispose"/> gives the buffers back.
/// </summary>
internal sealed class ViewBuilder : IDisposable
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    private readonly int _sourceStart;

    /// <param name="capacity">Characters expected.</param>
    /// <param name="sourceStart">Where in the source the view starts (characters before its first one are not in it).</param>
    public ViewBuilder(int capacity, int sourceStart)
    {
        _sourceStart = sourceStart;
        capacity = Math.Max(capacity, 16);
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _starts = ArrayPool<int>.Shared.Rent(capacity);
        _ends = ArrayPool<int>.Shared.Rent(capacity);
    }

    public int Length { get; private set; }

    /// <summary>The character last written, or '\0' when none.</summary>
    public char Last => Length == 0 ? '\0' : _chars[Length - 1];

    public void Append(char c, int sourceStart, int sourceEnd)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        _chars[Length] = c;
        _starts[Length] = sourceStart;
        _ends[Length] = sourceEnd;
        Length++;
    }

    /// <summary>Makes the character last written also stand for source characters up to <paramref name="sourceEnd"/>.</summary>
    public void ExtendLast(int sourceEnd) => _ends[Length - 1] = sourceEnd;

    /// <summary>Copies source characters [start, end) one for one.</summary>
    public void AppendSource(ReadOnlySpan<char> source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Append(source[i], i, i + 1);
        }
    }

    /// <summary>The view; the builder's char buffer goes back to the pool, the maps go to the view.</summary>
    public TextView Build()
    {
        var view = new TextView(new string(_chars, 0, Length), _starts, _ends, _sourceStart);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        _starts = _ends = [];
        return view;
    }

    public void Dispose()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<int>.Shared.Return(_starts);
            ArrayPool<int>.Shared.Return(_ends);
            _chars = [];
            _starts = _ends = [];
        }
    }

    private void Grow()
    {
        var size = _chars.Length * 2;
        _chars = Swap(ArrayPool<char>.Shared, _chars, size, Length);
        _starts = Swap(ArrayPool<int>.Shared, _starts, size, Length);
        _ends = Swap(ArrayPool<int>.Shared, _ends, size, Length);
    }

    private static T[] Swap<T>(ArrayPool<T> pool, T[] old, int size, int used)
    {
        var fresh = pool.Rent(size);
        old.AsSpan(0, used).CopyTo(fresh);
        pool.Return(old);
        return fresh;
    }
}
