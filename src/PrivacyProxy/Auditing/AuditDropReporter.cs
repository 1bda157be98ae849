using PrivacyProxy.Audit;

namespace PrivacyProxy.Auditing;

/// <summary>
/// Logs lost audit events as counts: the first loss at once, then at most one line per reason a minute (a full
/// queue under load would otherwise log once per request), and what is left when the audit stops.
/// </summary>
internal sealed class AuditDropReporter(ILogger<AuditDropReporter> logger, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly long[] _pending = new long[Enum.GetValues<AuditDropReason>().Length];
    private readonly string?[] _lastError = new string?[Enum.GetValues<AuditDropReason>().Length];
    private long _total;
    private long _lastReport = long.MinValue;

    /// <summary>Events lost since start, whatever the reason.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Counts <paramref name="drop"/>; may log. Cheap: it runs on the request path when the queue is full.</summary>
    public void Report(AuditDrop drop)
    {
        Interlocked.Add(ref _pending[(int)drop.Reason], drop.Count);
        Interlocked.Add(ref _total, drop.Count);
        if (drop.Error is { } error)
        {
            _lastError[(int)drop.Reason] = error.GetType().Name;
        }

        long now = time.GetTimestamp();
        long last = Interlocked.Read(ref _lastReport);
        if (last != long.MinValue && time.GetElapsedTime(last, now) < Interval)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _lastReport, now, last) == last)
        {
            Flush();
        }
    }

    /// <summary>Logs the losses not logged yet.</summary>
    public void Flush()
    {
        for (int i = 0; i < _pending.Length; i++)
        {
            long count = Interlocked.Exchange(ref _pending[i], 0);
            if (count > 0)
            {
                AuditLog.EventsDropped(logger, count, ((AuditDropReason)i).ToString(), _lastError[i] ?? "none", Total);
            }
        }
    }
}
