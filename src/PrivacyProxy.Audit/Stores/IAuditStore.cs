namespace PrivacyProxy.Audit;

/// <summary>
/// Where audit events are kept and what the dashboard asks of them. Every statement is parameterised; filters are
/// values, never SQL.
/// </summary>
public interface IAuditStore : IAsyncDisposable
{
    /// <summary>Creates the schema, or migrates it to the current version. Call once before anything else.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts <paramref name="events"/> in one transaction: all of them or none.</summary>
    Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Requests, findings per category and requests per action over <paramref name="period"/>.</summary>
    Task<AuditSummary> SummaryAsync(AuditPeriod period, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="pageSize"/> events matching <paramref name="filter"/>, newest first, starting after
    /// <paramref name="after"/> (the previous page's <see cref="AuditEventPage.Next"/>).
    /// </summary>
    Task<AuditEventPage> EventsAsync(AuditEventFilter filter, int pageSize, AuditCursor? after = null, CancellationToken cancellationToken = default);

    /// <summary>Requests and findings per <paramref name="dimension"/> over <paramref name="period"/>, most findings first.</summary>
    Task<IReadOnlyList<AuditBreakdownRow>> BreakdownAsync(AuditPeriod period, AuditDimension dimension, CancellationToken cancellationToken = default);

    /// <summary>
    /// The overview series over <paramref name="period"/> in buckets of <paramref name="bucket"/> from its start,
    /// empty buckets included (at most <see cref="AuditQueryLimits.MaxBuckets"/> buckets).
    /// </summary>
    Task<IReadOnlyList<AuditTimeBucket>> TimeSeriesAsync(AuditPeriod period, TimeSpan bucket, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events holding any of <paramref name="hashes"/> (from <see cref="Fingerprinter.ForSearch"/>), newest
    /// first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<StoredAuditEvent>> SearchAsync(IReadOnlyCollection<string> hashes, int limit, CancellationToken cancellationToken = default);

    /// <summary>Requests per team, policy, action, shadow policy and shadow action over <paramref name="period"/>, most first.</summary>
    Task<IReadOnlyList<PolicyOutcome>> PolicyOutcomesAsync(AuditPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Placeholders issued and mangled over <paramref name="period"/>.</summary>
    Task<PlaceholderHealth> PlaceholderHealthAsync(AuditPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Deletes the events before <paramref name="cutoff"/> with their findings and fingerprints; returns the events removed.</summary>
    Task<long> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
