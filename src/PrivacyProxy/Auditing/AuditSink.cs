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
    private volatile AuditWriter? _writer;

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
    /// <summary>From now on events go to <paramref name="writer"/>'s queue (the store is open).</summary>
    public void Open(AuditWriter writer) => _writer = writer;

    /// <summary>
    /// Waits (at most <paramref name="maxWait"/>) until the events of requests already answered are in the store, so
    /// a dashboard read includes them; false when the store is not open or the wait ran out.
    /// </summary>
    public Task<bool> CatchUpAsync(TimeSpan maxWait, CancellationToken cancellationToken) =>
        _writer is { } writer ? writer.FlushAsync(maxWait, cancellationToken) : Task.FromResult(false);

    /// <summary>Queues <paramref name="auditEvent"/>, or counts it as dropped.</summary>
    public void Submit(AuditEvent auditEvent)
    {
        if (_writer is not null)
        {
            Queue.TryEnqueue(auditEvent);
            return;
        }

        _reporter.Report(new AuditDrop(AuditDropReason.StoreFailed, 1));
    }

    /// <summary>Counts one event that could not be made.</summary>
    public void CountFailed() => _reporter.Report(new AuditDrop(AuditDropReason.StoreFailed, 1));
}
