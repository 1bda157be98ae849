using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Text;

namespace PrivacyProxy.Audit;

public abstract partial class SqlAuditStore
{
    private const string EventColumns = """
        e.id, e.time_ms, e.request_id, e.caller, e.team, e.route, e.protocol, e.upstream, e.model, e.policy, e.action,
        e.shadow_policy, e.shadow_action, e.placeholders_issued, e.placeholders_mangled, e.bytes_in, e.bytes_out,
        e.scan_us, e.upstream_us, e.status
        """;

    // One constant statement for every filter combination: an absent filter is a NULL parameter.
    private const string SelectPage = $"""
        SELECT {EventColumns}
        FROM audit_events e
        WHERE e.time_ms >= @from AND e.time_ms < @to
          AND (@team IS NULL OR e.team = @team)
          AND (@caller IS NULL OR e.caller = @caller)
          AND (@action IS NULL OR e.action = @action)
          AND (@upstream IS NULL OR e.upstream = @upstream)
          AND ((@category IS NULL AND @type IS NULL) OR EXISTS (
                SELECT 1 FROM audit_findings f
                WHERE f.event_id = e.id
                  AND (@category IS NULL OR f.category = @category)
                  AND (@type IS NULL OR f.type = @type)))
          AND (@cursor_time IS NULL OR e.time_ms < @cursor_time OR (e.time_ms = @cursor_time AND e.id < @cursor_id))
        ORDER BY e.time_ms DESC, e.id DESC
        LIMIT @limit
        """;

    /// <inheritdoc />
    public async Task<AuditEventPage> EventsAsync(AuditEventFilter filter, int pageSize, AuditCursor? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, AuditQueryLimits.MaxPageSize);
        if (HoldsNul(filter.Team) || HoldsNul(filter.Caller) || HoldsNul(filter.Category) || HoldsNul(filter.Type))
        {
            return new AuditEventPage([], null);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SelectPage);
        AddPeriod(command, filter.Period);
        Add(command, "@team", filter.Team, DbType.String);
        Add(command, "@caller", filter.Caller, DbType.String);
        Add(command, "@action", filter.Action is { } action ? AuditNames.ToText(action) : null, DbType.String);
        Add(command, "@upstream", filter.Upstream is { } upstream ? AuditNames.ToText(upstream) : null, DbType.String);
        Add(command, "@category", filter.Category, DbType.String);
        Add(command, "@type", filter.Type, DbType.String);
        Add(command, "@cursor_time", after?.TimeUnixMilliseconds, DbType.Int64);
        Add(command, "@cursor_id", after?.Id, DbType.Int64);
        // One more than asked tells whether there is a next page.
        Add(command, "@limit", pageSize + 1, DbType.Int32);
        var rows = await ReadEventsAsync(connection, command, cancellationToken);

        AuditCursor? next = null;
        if (rows.Count > pageSize)
        {
            rows.RemoveAt(pageSize);
            var last = rows[^1];
            next = new AuditCursor(last.Event.Time.ToUnixTimeMilliseconds(), last.Id);
        }

        return new AuditEventPage(rows, next);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredAuditEvent>> SearchAsync(IReadOnlyCollection<string> hashes, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hashes.Count, AuditQueryLimits.MaxSearchHashes);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, AuditQueryLimits.MaxPageSize);
        hashes = hashes.Where(h => !HoldsNul(h)).ToList();
        if (hashes.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, string.Empty);
        var parameters = ParameterList(command, "@h", hashes, DbType.String);
        command.CommandText = $"""
            SELECT {EventColumns}
            FROM audit_events e
            WHERE e.id IN (SELECT p.event_id FROM audit_fingerprints p WHERE p.hash IN ({parameters}))
            ORDER BY e.time_ms DESC, e.id DESC
            LIMIT @limit
            """;
        Add(command, "@limit", limit, DbType.Int32);
        return await ReadEventsAsync(connection, command, cancellationToken);
    }

    // Reads the event rows, then their findings and fingerprints with one query each.
    private static async Task<List<StoredAuditEvent>> ReadEventsAsync(DbConnection connection, DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, AuditEvent Event)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), ReadEvent(reader)));
            }
        }

        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.ConvertAll(r => r.Id);
        var findings = await ReadChildrenAsync(connection, "SELECT event_id, category, type, rule_id, finding_count FROM audit_findings", ids,
            r => new FindingTally(Name(r, 1), Name(r, 2), Name(r, 3), r.GetInt32(4)), cancellationToken);
        var prints = await ReadChildrenAsync(connection, "SELECT event_id, hash, key_id, category, type FROM audit_fingerprints", ids,
            r => new ValueFingerprint(r.GetString(1), r.GetString(2), Name(r, 3), Name(r, 4)), cancellationToken);

        return rows.ConvertAll(r => new StoredAuditEvent(r.Id, r.Event with
        {
            Findings = findings.TryGetValue(r.Id, out var f) ? [.. f] : [],
            Fingerprints = prints.TryGetValue(r.Id, out var p) ? [.. p] : [],
        }));
    }

    private static async Task<Dictionary<long, List<T>>> ReadChildrenAsync<T>(
        DbConnection connection, string select, List<long> ids, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, string.Empty);
        var parameters = ParameterList(command, "@e", ids, DbType.Int64);
        command.CommandText = $"{select} WHERE event_id IN ({parameters})";
        var children = new Dictionary<long, List<T>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!children.TryGetValue(id, out var items))
            {
                children[id] = items = [];
            }

            items.Add(read(reader));
        }

        return children;
    }

    // "@p0, @p1, ...": one parameter per value; only the generated names enter the SQL.
    private static string ParameterList<T>(DbCommand command, string prefix, IEnumerable<T> values, DbType type)
    {
        var names = new StringBuilder();
        var index = 0;
        foreach (var value in values)
        {
            var name = prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(command, name, value, type);
            names.Append(index++ == 0 ? string.Empty : ", ").Append(name);
        }

        return names.ToString();
    }

    private static AuditEvent ReadEvent(DbDataReader r) => new()
    {
        Time = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)),
        RequestId = Name(r, 2),
        Caller = OptionalName(r, 3),
        Team = OptionalName(r, 4),
        Route = Name(r, 5),
        Protocol = Name(r, 6),
        Upstream = AuditNames.ParseUpstream(r.GetString(7)) ?? throw Corrupt("upstream"),
        Model = OptionalName(r, 8),
        Policy = Name(r, 9),
        Action = AuditNames.ParseAction(r.GetString(10)) ?? throw Corrupt("action"),
        ShadowPolicy = OptionalName(r, 11),
        ShadowAction = r.IsDBNull(12) ? null : AuditNames.ParseAction(r.GetString(12)) ?? throw Corrupt("shadow_action"),
        PlaceholdersIssued = r.GetInt32(13),
        PlaceholdersMangled = r.GetInt32(14),
        BytesIn = r.GetInt64(15),
        BytesOut = r.GetInt64(16),
        ScanTime = TimeSpan.FromMicroseconds(r.GetInt64(17)),
        UpstreamLatency = TimeSpan.FromMicroseconds(r.GetInt64(18)),
        StatusCode = r.GetInt32(19),
        Findings = ImmutableArray<FindingTally>.Empty,
    };

    // No stored name holds a NUL (AuditName's charset), and PostgreSQL text cannot take one: such a filter matches
    // nothing, answered here rather than as a store error.
    private static bool HoldsNul(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;

    private static AuditName Name(DbDataReader reader, int ordinal) => AuditName.From(reader.GetString(ordinal));

    private static AuditName? OptionalName(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : AuditName.From(reader.GetString(ordinal));

    private static InvalidDataException Corrupt(string column) => new($"An audit row holds an unknown {column}.");
}
