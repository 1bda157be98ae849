namespace PrivacyProxy.Audit;

/// <summary>
/// The audit tables, one migration per schema version, written once for both stores: <c>{id}</c> and <c>{big}</c>
/// are the only words that differ (an auto-increment key and a 64-bit integer). Times are Unix milliseconds and
/// durations microseconds, so both stores sort, bucket and compare them with the same integer SQL.
/// </summary>
internal static class AuditSchema
{
    /// <summary>The migrations in order; the schema version is the number applied.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE audit_events (
            id {id},
            time_ms {big} NOT NULL,
            request_id TEXT NOT NULL,
            caller TEXT NULL,
            team TEXT NULL,
            route TEXT NOT NULL,
            protocol TEXT NOT NULL,
            upstream TEXT NOT NULL,
            model TEXT NULL,
            policy TEXT NOT NULL,
            action TEXT NOT NULL,
            shadow_policy TEXT NULL,
            shadow_action TEXT NULL,
            findings INTEGER NOT NULL,
            placeholders_issued INTEGER NOT NULL,
            placeholders_mangled INTEGER NOT NULL,
            bytes_in {big} NOT NULL,
            bytes_out {big} NOT NULL,
            scan_us {big} NOT NULL,
            upstream_us {big} NOT NULL,
            status INTEGER NOT NULL);
        CREATE INDEX ix_audit_events_time ON audit_events (time_ms, id);
        CREATE INDEX ix_audit_events_team_time ON audit_events (team, time_ms);
        CREATE TABLE audit_findings (
            event_id {big} NOT NULL REFERENCES audit_events (id),
            category TEXT NOT NULL,
            type TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            finding_count INTEGER NOT NULL);
        CREATE INDEX ix_audit_findings_event ON audit_findings (event_id);
        CREATE INDEX ix_audit_findings_category ON audit_findings (category, type);
        CREATE TABLE audit_fingerprints (
            event_id {big} NOT NULL REFERENCES audit_events (id),
            hash TEXT NOT NULL,
            key_id TEXT NOT NULL,
            category TEXT NOT NULL,
            type TEXT NOT NULL);
        CREATE INDEX ix_audit_fingerprints_hash ON audit_fingerprints (hash);
        CREATE INDEX ix_audit_fingerprints_event ON audit_fingerprints (event_id);
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentVersion => Migrations.Count;

    /// <summary>Creates the one-row version table when missing.</summary>
    public const string CreateVersionTable = "CREATE TABLE IF NOT EXISTS audit_schema (version INTEGER NOT NULL)";

    /// <summary>Reads the version (no row: 0).</summary>
    public const string ReadVersion = "SELECT MAX(version) FROM audit_schema";

    /// <summary>Replaces the version row.</summary>
    public const string WriteVersion = "DELETE FROM audit_schema; INSERT INTO audit_schema (version) VALUES (@version)";

    /// <summary>Migration <paramref name="index"/> in the words of a store.</summary>
    public static string Render(int index, string idColumn, string bigInteger) =>
        Migrations[index].Replace("{id}", idColumn, StringComparison.Ordinal).Replace("{big}", bigInteger, StringComparison.Ordinal);
}
