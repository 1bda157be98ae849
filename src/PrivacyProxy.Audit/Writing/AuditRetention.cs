namespace PrivacyProxy.Audit;

/// <summary>
/// Applies the retention period (<c>PrivacyProxy:Audit:RetentionDays</c>, default 30): deletes events older than
/// that many days. The host calls <see cref="PurgeAsync"/> on start and then periodically.
/// </summary>
public sealed class AuditRetention
{
    /// <summary>The retention used when none is configured.</summary>
    public const int DefaultDays = 30;

    private readonly IAuditStore _store;
    private readonly TimeProvider _time;

    /// <summary>Retention of <paramref name="days"/> days over <paramref name="store"/>.</summary>
    public AuditRetention(IAuditStore store, int days = DefaultDays, TimeProvider? timeProvider = null)
    {
        if (days < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(days), "PrivacyProxy:Audit:RetentionDays must be at least 1.");
        }

        _store = store;
        Days = days;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How many days events are kept.</summary>
    public int Days { get; }

    /// <summary>Deletes the events older than <see cref="Days"/> days; returns how many.</summary>
    public Task<long> PurgeAsync(CancellationToken cancellationToken = default) =>
        _store.PurgeAsync(_time.GetUtcNow().AddDays(-Days), cancellationToken);
}
