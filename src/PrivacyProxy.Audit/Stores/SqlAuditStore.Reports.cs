using System.Data;
using System.Data.Common;

namespace PrivacyProxy.Audit;

public abstract partial class SqlAuditStore
{
    private const string InPeriod = "e.time_ms >= @from AND e.time_ms < @to";

    private const string CountRequests = $"SELECT COUNT(*) FROM audit_events e WHERE {InPeriod}";

    private const string FindingsByCategory = $"""
        SELECT f.category, SUM(f.finding_count) FROM audit_findings f JOIN audit_events e ON e.id = f.event_id
        WHERE {InPeriod} GROUP BY f.category
        """;

    private const string RequestsByAction = $"SELECT e.action, COUNT(*) FROM audit_events e WHERE {InPeriod} GROUP BY e.action";

    private const string Series = $"""
        SELECT (e.time_ms - @from) / @bucket AS bucket, COUNT(*), SUM(e.findings),
            SUM(CASE WHEN e.action = @block OR e.action = @refuse THEN 1 ELSE 0 END),
            SUM(CASE WHEN e.upstream = @local THEN 1 ELSE 0 END),
            SUM(CASE WHEN e.action = @redact OR e.action = @mask THEN 1 ELSE 0 END)
        FROM audit_events e WHERE {InPeriod} GROUP BY bucket
        """;

    private const string Health = $"SELECT SUM(e.placeholders_issued), SUM(e.placeholders_mangled) FROM audit_events e WHERE {InPeriod}";

    private const string Outcomes = $"""
        SELECT e.team, e.policy, e.action, e.shadow_policy, e.shadow_action, COUNT(*) FROM audit_events e
        WHERE {InPeriod} GROUP BY e.team, e.policy, e.action, e.shadow_policy, e.shadow_action
        """;

    private const string OldEvents = "SELECT id FROM audit_events WHERE time_ms < @cutoff";

    /// <inheritdoc />
    public async Task<AuditSummary> SummaryAsync(AuditPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var count = PeriodCommand(connection, CountRequests, period);
        var requests = ToLong(await count.ExecuteScalarAsync(cancellationToken));
        var findings = await ReadCountsAsync(connection, FindingsByCategory, period, cancellationToken);
        var actions = await ReadCountsAsync(connection, RequestsByAction, period, cancellationToken);
        return new AuditSummary(requests, findings, actions);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditBreakdownRow>> BreakdownAsync(AuditPeriod period, AuditDimension dimension, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PeriodCommand(connection, BreakdownSql(dimension), period);
        var rows = new List<AuditBreakdownRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new AuditBreakdownRow(reader.IsDBNull(0) ? null : reader.GetString(0), ToLong(reader.GetValue(1)), ToLong(reader.GetValue(2))));
            }
        }

        // Sorted here, not in SQL: the two stores order NULL keys differently.
        rows.Sort(static (a, b) =>
            b.Findings != a.Findings ? b.Findings.CompareTo(a.Findings)
            : b.Requests != a.Requests ? b.Requests.CompareTo(a.Requests)
            : string.CompareOrdinal(a.Key, b.Key));
        return rows;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditTimeBucket>> TimeSeriesAsync(AuditPeriod period, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        var bucketMs = (long)bucket.TotalMilliseconds;
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketMs, 1, nameof(bucket));
        var spanMs = (period.To - period.From).Ticks / TimeSpan.TicksPerMillisecond;
        var count = (spanMs + bucketMs - 1) / bucketMs;
        if (count > AuditQueryLimits.MaxBuckets)
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), $"The period holds more than {AuditQueryLimits.MaxBuckets} buckets of that size.");
        }

        var buckets = new AuditTimeBucket[count];
        for (var i = 0; i < count; i++)
        {
            buckets[i] = new AuditTimeBucket(period.From.AddMilliseconds(i * bucketMs), 0, 0, 0, 0, 0);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PeriodCommand(connection, Series, period);
        Add(command, "@bucket", bucketMs, DbType.Int64);
        Add(command, "@block", AuditNames.ToText(AuditAction.Block), DbType.String);
        Add(command, "@refuse", AuditNames.ToText(AuditAction.Refuse), DbType.String);
        Add(command, "@local", AuditNames.ToText(AuditUpstream.Local), DbType.String);
        Add(command, "@redact", AuditNames.ToText(AuditAction.Redact), DbType.String);
        Add(command, "@mask", AuditNames.ToText(AuditAction.Mask), DbType.String);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var index = ToLong(reader.GetValue(0));
            buckets[index] = buckets[index] with
            {
                Requests = ToLong(reader.GetValue(1)),
                Findings = ToLong(reader.GetValue(2)),
                Blocked = ToLong(reader.GetValue(3)),
                RoutedLocal = ToLong(reader.GetValue(4)),
                Masked = ToLong(reader.GetValue(5)),
            };
        }

        return buckets;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PolicyOutcome>> PolicyOutcomesAsync(AuditPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PeriodCommand(connection, Outcomes, period);
        var outcomes = new List<PolicyOutcome>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                outcomes.Add(new PolicyOutcome(
                    reader.IsDBNull(0) ? null : reader.GetString(0),
                    reader.GetString(1),
                    AuditNames.ParseAction(reader.GetString(2)) ?? throw Corrupt("action"),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : AuditNames.ParseAction(reader.GetString(4)) ?? throw Corrupt("shadow_action"),
                    ToLong(reader.GetValue(5))));
            }
        }

        // Sorted here: the stores order NULL teams differently.
        outcomes.Sort(static (a, b) =>
            b.Requests != a.Requests ? b.Requests.CompareTo(a.Requests)
            : string.CompareOrdinal(a.Team, b.Team) is var team and not 0 ? team
            : string.CompareOrdinal(a.Policy, b.Policy) is var policy and not 0 ? policy
            : a.Action.CompareTo(b.Action));
        return outcomes;
    }

    /// <inheritdoc />
    public async Task<PlaceholderHealth> PlaceholderHealthAsync(AuditPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PeriodCommand(connection, Health, period);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PlaceholderHealth(ToLong(reader.GetValue(0)), ToLong(reader.GetValue(1)))
            : new PlaceholderHealth(0, 0);
    }

    /// <inheritdoc />
    public async Task<long> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long removed = 0;
        foreach (var sql in (string[])[
            $"DELETE FROM audit_findings WHERE event_id IN ({OldEvents})",
            $"DELETE FROM audit_fingerprints WHERE event_id IN ({OldEvents})",
            "DELETE FROM audit_events WHERE time_ms < @cutoff"])
        {
            await using var command = Command(connection, transaction, sql);
            Add(command, "@cutoff", Milliseconds(cutoff), DbType.Int64);
            removed = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private static string BreakdownSql(AuditDimension dimension)
    {
        // The column comes from this closed list, never from the caller's text.
        var (column, fromFindings) = dimension switch
        {
            AuditDimension.Category => ("f.category", true),
            AuditDimension.Type => ("f.type", true),
            AuditDimension.Rule => ("f.rule_id", true),
            AuditDimension.Team => ("e.team", false),
            AuditDimension.Caller => ("e.caller", false),
            AuditDimension.Upstream => ("e.upstream", false),
            AuditDimension.Model => ("e.model", false),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
        return fromFindings
            ? $"SELECT {column}, COUNT(DISTINCT f.event_id), SUM(f.finding_count) FROM audit_findings f JOIN audit_events e ON e.id = f.event_id WHERE {InPeriod} GROUP BY {column}"
            : $"SELECT {column}, COUNT(*), SUM(e.findings) FROM audit_events e WHERE {InPeriod} GROUP BY {column}";
    }

    private static DbCommand PeriodCommand(DbConnection connection, string sql, AuditPeriod period)
    {
        var command = Command(connection, null, sql);
        AddPeriod(command, period);
        return command;
    }

    private static async Task<Dictionary<string, long>> ReadCountsAsync(DbConnection connection, string sql, AuditPeriod period, CancellationToken cancellationToken)
    {
        await using var command = PeriodCommand(connection, sql, period);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = ToLong(reader.GetValue(1));
        }

        return counts;
    }
}
