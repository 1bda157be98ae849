using PrivacyProxy.Audit;

namespace PrivacyProxy.Auditing;

/// <summary>The audit trail's settings (configuration section <c>PrivacyProxy:Audit</c>), bound and validated at start.</summary>
internal sealed class AuditOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "PrivacyProxy:Audit";

    /// <summary>The SQLite store (the default): <c>audit.db</c> under <c>PrivacyProxy:DataDirectory</c>.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL store, on <c>ConnectionStrings:Audit</c>.</summary>
    public const string Postgres = "postgres";

    /// <summary>The connection string name of the PostgreSQL store.</summary>
    public const string ConnectionStringName = "Audit";

    /// <summary>The SQLite file's name inside the data directory.</summary>
    public const string SqliteFileName = "audit.db";

    /// <summary>False turns the audit trail off: no store is opened and no event is made.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><see cref="Sqlite"/> or <see cref="Postgres"/>.</summary>
    public string Store { get; set; } = Sqlite;

    /// <summary>How many days events are kept.</summary>
    public int RetentionDays { get; set; } = AuditRetention.DefaultDays;

    /// <summary>
    /// True: a store that cannot be opened at start refuses the start. False: the proxy starts with a warning,
    /// counts every event as dropped and keeps trying to open the store.
    /// </summary>
    public bool Required { get; set; } = true;

    /// <summary>How many events may wait for the writer; beyond that they are dropped and counted.</summary>
    public int QueueCapacity { get; set; } = AuditQueue.DefaultCapacity;

    /// <summary>The most events in one insert transaction.</summary>
    public int BatchSize { get; set; } = new AuditWriterOptions().BatchSize;

    /// <summary>How long a batch waits for more events after its first one.</summary>
    public TimeSpan FlushInterval { get; set; } = new AuditWriterOptions().FlushInterval;

    /// <summary>Retries of a failed batch before it is dropped.</summary>
    public int MaxRetryAttempts { get; set; } = new AuditWriterOptions().MaxRetryAttempts;

    /// <summary>The first retry's delay.</summary>
    public TimeSpan RetryDelay { get; set; } = new AuditWriterOptions().RetryDelay;

    /// <summary>The longest delay between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = new AuditWriterOptions().MaxRetryDelay;

    /// <summary>The fingerprint key as base64 (at least 32 bytes); empty: derived from the installation key.</summary>
    public string? FingerprintKey { get; set; }

    /// <summary>Earlier fingerprint keys (base64), still used when searching so older events are found.</summary>
    public List<string> PreviousFingerprintKeys { get; set; } = [];

    /// <summary>True when <see cref="Store"/> names PostgreSQL.</summary>
    public bool UsesPostgres => string.Equals(Store?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>The writer's options.</summary>
    public AuditWriterOptions WriterOptions() => new()
    {
        BatchSize = BatchSize,
        FlushInterval = FlushInterval,
        MaxRetryAttempts = MaxRetryAttempts,
        RetryDelay = RetryDelay,
        MaxRetryDelay = MaxRetryDelay,
    };
}
