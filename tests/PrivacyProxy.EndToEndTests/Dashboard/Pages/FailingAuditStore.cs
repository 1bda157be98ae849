using System.Data.Common;
using PrivacyProxy.Audit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Pages;

/// <summary>
/// A store that opens and accepts writes but fails every query with a <see cref="DbException"/> whose message names a
/// host and a statement, as a real driver's would; <see cref="Queries"/> counts the queries asked of it.
/// </summary>
internal sealed class FailingAuditStore : IAuditStore
{
    public const string Secretive = "db-host-7.internal:5432 SELECT fingerprint_hash FROM audit_fingerprints";

    private int _queries;

    public int Queries => Volatile.Read(ref _queries);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<long> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => Task.FromResult(0L);

    public Task<AuditSummary> SummaryAsync(AuditPeriod period, CancellationToken cancellationToken = default) => Fail<AuditSummary>();

    public Task<AuditEventPage> EventsAsync(AuditEventFilter filter, int pageSize, AuditCursor? after = null, CancellationToken cancellationToken = default) =>
        Fail<AuditEventPage>();

    public Task<IReadOnlyList<AuditBreakdownRow>> BreakdownAsync(AuditPeriod period, AuditDimension dimension, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<AuditBreakdownRow>>();

    public Task<IReadOnlyList<AuditTimeBucket>> TimeSeriesAsync(AuditPeriod period, TimeSpan bucket, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<AuditTimeBucket>>();

    public Task<IReadOnlyList<StoredAuditEvent>> SearchAsync(IReadOnlyCollection<string> hashes, int limit, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<StoredAuditEvent>>();

    public Task<IReadOnlyList<PolicyOutcome>> PolicyOutcomesAsync(AuditPeriod period, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<PolicyOutcome>>();

    public Task<PlaceholderHealth> PlaceholderHealthAsync(AuditPeriod period, CancellationToken cancellationToken = default) => Fail<PlaceholderHealth>();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<T> Fail<T>()
    {
        Interlocked.Increment(ref _queries);
        return Task.FromException<T>(new StoreDownException());
    }

    private sealed class StoreDownException() : DbException(Secretive);
}
