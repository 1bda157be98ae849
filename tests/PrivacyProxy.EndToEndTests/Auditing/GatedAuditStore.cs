using System.Collections.Concurrent;
using PrivacyProxy.Audit;

namespace PrivacyProxy.EndToEndTests.Auditing;

/// <summary>
/// A store whose writes wait until <see cref="Release"/>: the writer holds one batch while the queue fills, so a
/// test can overflow a small queue deterministically. Only writing is supported.
/// </summary>
internal sealed class GatedAuditStore : IAuditStore
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<AuditEvent> _written = new();

    public IReadOnlyList<AuditEvent> Written => [.. _written];

    public void Release() => _gate.TrySetResult();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        foreach (var auditEvent in events)
        {
            _written.Enqueue(auditEvent);
        }
    }

    public Task<long> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => Task.FromResult(0L);

    public Task<AuditSummary> SummaryAsync(AuditPeriod period, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<AuditEventPage> EventsAsync(AuditEventFilter filter, int pageSize, AuditCursor? after = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<AuditBreakdownRow>> BreakdownAsync(AuditPeriod period, AuditDimension dimension, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<AuditTimeBucket>> TimeSeriesAsync(AuditPeriod period, TimeSpan bucket, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<StoredAuditEvent>> SearchAsync(IReadOnlyCollection<string> hashes, int limit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PolicyOutcome>> PolicyOutcomesAsync(AuditPeriod period, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PlaceholderHealth> PlaceholderHealthAsync(AuditPeriod period, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
