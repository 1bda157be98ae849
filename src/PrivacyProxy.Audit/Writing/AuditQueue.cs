using System.Threading.Channels;

namespace PrivacyProxy.Audit;

/// <summary>
/// The bounded in-memory queue between the request path and <see cref="AuditWriter"/>. <see cref="TryEnqueue"/>
/// never waits: when the queue is full the event is dropped, counted and reported to the drop hook, never lost
/// silently.
/// </summary>
public sealed class AuditQueue
{
    /// <summary>The capacity used when none is given.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Channel<AuditEvent> _channel;
    private readonly Action<AuditDrop>? _onDrop;
    private readonly long[] _dropped = new long[Enum.GetValues<AuditDropReason>().Length];
    private long _accepted;
    private volatile bool _closed;

    /// <summary>A queue of <paramref name="capacity"/> events.</summary>
    /// <param name="capacity">How many events may wait for the writer (<c>PrivacyProxy:Audit:QueueCapacity</c>).</param>
    /// <param name="onDrop">Called for every loss (queue full, store failure, stop); must be cheap, as it may run on the request path.</param>
    public AuditQueue(int capacity = DefaultCapacity, Action<AuditDrop>? onDrop = null)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "PrivacyProxy:Audit:QueueCapacity must be at least 1.");
        }

        Capacity = capacity;
        _onDrop = onDrop;
        _channel = Channel.CreateBounded<AuditEvent>(new BoundedChannelOptions(capacity)
        {
            // Wait mode makes TryWrite answer false when full instead of silently discarding (the Drop* modes).
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    /// <summary>How many events the queue holds at most.</summary>
    public int Capacity { get; }

    /// <summary>How many events wait for the writer now.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Events accepted so far; a writer that has settled this many has handled every one of them.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Every event lost so far, whatever the reason.</summary>
    public long Dropped
    {
        get
        {
            long total = 0;
            for (var i = 0; i < _dropped.Length; i++)
            {
                total += Interlocked.Read(ref _dropped[i]);
            }

            return total;
        }
    }

    internal ChannelReader<AuditEvent> Reader => _channel.Reader;

    /// <summary>The events lost for <paramref name="reason"/>.</summary>
    public long DroppedFor(AuditDropReason reason) => Interlocked.Read(ref _dropped[(int)reason]);

    /// <summary>Queues <paramref name="auditEvent"/>; false (counted and reported) when full or stopped. Never blocks.</summary>
    public bool TryEnqueue(AuditEvent auditEvent)
    {
        // Counted before the write so a writer can never settle more events than were accepted.
        Interlocked.Increment(ref _accepted);
        if (_channel.Writer.TryWrite(auditEvent))
        {
            return true;
        }

        // TryWrite fails when full, or once the writer is stopping and the queue closed.
        Interlocked.Decrement(ref _accepted);
        CountDropped(_closed ? AuditDropReason.Stopped : AuditDropReason.QueueFull, 1);
        return false;
    }

    /// <summary>Closes the queue to new events; what it holds can still be read.</summary>
    internal void Close()
    {
        _closed = true;
        _channel.Writer.TryComplete();
    }

    internal void CountDropped(AuditDropReason reason, int count, Exception? error = null)
    {
        Interlocked.Add(ref _dropped[(int)reason], count);
        try
        {
            _onDrop?.Invoke(new AuditDrop(reason, count, error));
        }
        catch (Exception)
        {
            // The hook must not break the request path that called TryEnqueue; the loss is still counted.
        }
    }
}
