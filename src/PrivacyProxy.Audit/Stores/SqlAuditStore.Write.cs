using System.Data;
using System.Data.Common;

namespace PrivacyProxy.Audit;

public abstract partial class SqlAuditStore
{
    private const string InsertEvent = """
        INSERT INTO audit_events (time_ms, request_id, caller, team, route, protocol, upstream, model, policy, action,
            shadow_policy, shadow_action, findings, placeholders_issued, placeholders_mangled, bytes_in, bytes_out,
            scan_us, upstream_us, status)
        VALUES (@time, @request, @caller, @team, @route, @protocol, @upstream, @model, @policy, @action,
            @shadow_policy, @shadow_action, @findings, @issued, @mangled, @bytes_in, @bytes_out,
            @scan, @latency, @status)
        RETURNING id
        """;

    private const string InsertFinding = """
        INSERT INTO audit_findings (event_id, category, type, rule_id, finding_count)
        VALUES (@event, @category, @type, @rule, @count)
        """;

    private const string InsertFingerprint = """
        INSERT INTO audit_fingerprints (event_id, hash, key_id, category, type)
        VALUES (@event, @hash, @key, @category, @type)
        """;

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insertEvent = EventCommand(connection, transaction);
        await using var insertFinding = Command(connection, transaction, InsertFinding);
        var findingEvent = Add(insertFinding, "@event", null, DbType.Int64);
        var findingCategory = Add(insertFinding, "@category", null, DbType.String);
        var findingType = Add(insertFinding, "@type", null, DbType.String);
        var findingRule = Add(insertFinding, "@rule", null, DbType.String);
        var findingCount = Add(insertFinding, "@count", null, DbType.Int32);
        await using var insertFingerprint = Command(connection, transaction, InsertFingerprint);
        var printEvent = Add(insertFingerprint, "@event", null, DbType.Int64);
        var printHash = Add(insertFingerprint, "@hash", null, DbType.String);
        var printKey = Add(insertFingerprint, "@key", null, DbType.String);
        var printCategory = Add(insertFingerprint, "@category", null, DbType.String);
        var printType = Add(insertFingerprint, "@type", null, DbType.String);

        foreach (var auditEvent in events)
        {
            SetEvent(insertEvent, auditEvent);
            var id = ToLong(await insertEvent.ExecuteScalarAsync(cancellationToken));
            foreach (var tally in auditEvent.Findings)
            {
                findingEvent.Value = id;
                findingCategory.Value = tally.Category.Value;
                findingType.Value = tally.Type.Value;
                findingRule.Value = tally.Rule.Value;
                findingCount.Value = tally.Count;
                await insertFinding.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var fingerprint in auditEvent.Fingerprints)
            {
                printEvent.Value = id;
                printHash.Value = fingerprint.Hash;
                printKey.Value = fingerprint.KeyId;
                printCategory.Value = fingerprint.Category.Value;
                printType.Value = fingerprint.Type.Value;
                await insertFingerprint.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand EventCommand(DbConnection connection, DbTransaction transaction)
    {
        var command = Command(connection, transaction, InsertEvent);
        foreach (var (name, type) in EventParameters)
        {
            Add(command, name, null, type);
        }

        return command;
    }

    private static readonly (string Name, DbType Type)[] EventParameters =
    [
        ("@time", DbType.Int64), ("@request", DbType.String), ("@caller", DbType.String), ("@team", DbType.String),
        ("@route", DbType.String), ("@protocol", DbType.String), ("@upstream", DbType.String), ("@model", DbType.String),
        ("@policy", DbType.String), ("@action", DbType.String), ("@shadow_policy", DbType.String),
        ("@shadow_action", DbType.String), ("@findings", DbType.Int32), ("@issued", DbType.Int32),
        ("@mangled", DbType.Int32), ("@bytes_in", DbType.Int64), ("@bytes_out", DbType.Int64), ("@scan", DbType.Int64),
        ("@latency", DbType.Int64), ("@status", DbType.Int32),
    ];

    // In the order of EventParameters.
    private static void SetEvent(DbCommand command, AuditEvent e)
    {
        object?[] values =
        [
            Milliseconds(e.Time), e.RequestId.Value, e.Caller?.Value, e.Team?.Value, e.Route.Value, e.Protocol.Value,
            AuditNames.ToText(e.Upstream), e.Model?.Value, e.Policy.Value, AuditNames.ToText(e.Action),
            e.ShadowPolicy?.Value, e.ShadowAction is { } shadow ? AuditNames.ToText(shadow) : null, e.FindingCount,
            e.PlaceholdersIssued, e.PlaceholdersMangled, e.BytesIn, e.BytesOut, Microseconds(e.ScanTime),
            Microseconds(e.UpstreamLatency), e.StatusCode,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static long Microseconds(TimeSpan duration) => duration.Ticks / TimeSpan.TicksPerMicrosecond;
}
