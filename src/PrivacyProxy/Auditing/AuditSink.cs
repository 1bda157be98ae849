using Microsoft.Extensions.Options;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Auditing;

/// <summary>
/// Where the audit stage hands its events: the bounded <see cref="AuditQueue"/> once the store is open; before that
/// (a store that failed to open with <c>Required=false</c>) every event is counted as dropped. Never blocks.
/// </summary>
internal sealed class AuditSink
{
    private readonly AuditDropReporter _reporter;
    private volatile bool _open;

    public AuditSink(IOptions<AuditOptions> options, AuditDropReporter reporter)
    {
        _reporter = reporter;
        Enabled = options.Value.Enabled;
        Queue = new AuditQueue(Enabled ? options.Value.QueueCapacity : 1, reporter.Report);
    }

    /// <summary>False when the audit is turned off (<c>PrivacyProxy:Audit:Enabled=false</c>): no event is made.</summary>
    public bool Enabled { get; }

    /// <summary>The queue the writer drains.</summary>
    public AuditQueue Queue { get; }

    /// <summary>Every event lost so far (queue full, store failed or not open, stopped).</summary>
    public long Dropped => _reporter.Total;

    /// <summary>Events go to the queue from now on (the store is open and the writer runs).</summary>
    public void Open() => _open = true;

    /// <summary>Queues <paramref name="auditEvent"/>, or counts it as dropped.</summary>
    public void Submit(AuditEvent auditEvent)
    {
        if (_open)
        {
            Queue.TryEnqueue(auditEvent);
            return;
        }

        _reporter.Report(new AuditDrop(AuditDropReason.StoreFailed, 1));
    }

    /// <summary>Counts one event that could not be made.</summary>
    public void CountFailed() => _reporter.Report(new AuditDrop(AuditDropReason.StoreFailed, 1));
}
