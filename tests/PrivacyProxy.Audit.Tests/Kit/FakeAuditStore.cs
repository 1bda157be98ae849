using System.Collections.Concurrent;

namespace PrivacyProxy.Audit.Tests;

/// <summary>
/// A store for writer tests: records the batches it accepts, fails the first <see cref="FailuresLeft"/> writes (or
/// all, with -1), and can hold writes until <see cref="Release"/>. Only <see cref="WriteAsync"/> is used.
/// </summary>
internal sealed class FakeAuditStore : IAuditStore
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failuresLeft;
    private int _attempts;

    public FakeAuditStore(int failures = 0, bool held = false)
    {
        _failuresLeft = failures;
        if (!held)
        {
            _gate.SetResult();
        }
    }

    public ConcurrentQueue<IReadOnlyList<AuditEvent>> Batches { get; } = new();

    public int Attempts => Volatile.Read(ref _attempts);

    public int FailuresLeft => Volatile.Read(ref _failuresLeft);

    public int EventCount => Batches.Sum(b => b.Count);

    public void Release() => _gate.TrySetResult();

    public async Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _attempts);
        await _gate.Task.WaitAsync(cancellationToken);
        if (Volatile.Read(ref _failuresLeft) != 0)
        {
            Interlocked.Decrement(ref _failuresLeft);
            throw new InvalidOperationException("store down (test)");
        }

        Batches.Enqueue([.. events]);
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public Task<AuditSummary> SummaryAsync(AuditPeriod period, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<AuditEventPage> EventsAsync(AuditEventFilter filter, int pageSize, AuditCursor? after = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditBreakdownRow>> BreakdownAsync(AuditPeriod period, AuditDimension dimension, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditTimeBucket>> TimeSeriesAsync(AuditPeriod period, TimeSpan bucket, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<StoredAuditEvent>> SearchAsync(IReadOnlyCollection<string> hashes, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<PolicyOutcome>> PolicyOutcomesAsync(AuditPeriod period, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<PlaceholderHealth> PlaceholderHealthAsync(AuditPeriod period, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<long> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
