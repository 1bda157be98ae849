namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// Keeps <c>sequence_number</c> strictly increasing when the proxy inserts events into a Responses stream: an
/// inserted event takes the number after the last one sent, and every later upstream number is shifted by the
/// count of inserted events. While nothing was inserted, upstream numbers pass unchanged.
/// </summary>
internal sealed class SequenceNumbering
{
    private int _offset;
    private int _last = -1;
    private bool _seen;

    /// <summary>True once an event was inserted, so upstream numbers must be rewritten.</summary>
    public bool Shifting => _offset > 0;

    /// <summary>The number for an inserted event; null when the stream carries no sequence numbers.</summary>
    public int? NextInserted()
    {
        if (!_seen)
        {
            return null;
        }

        _offset++;
        return ++_last;
    }

    /// <summary>The number to send for upstream number <paramref name="upstream"/>.</summary>
    public int Map(int upstream)
    {
        _seen = true;
        _last = upstream + _offset;
        return _last;
    }
}
