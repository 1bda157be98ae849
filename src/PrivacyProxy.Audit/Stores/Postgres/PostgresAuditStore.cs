using System.Data.Common;
using Npgsql;

namespace PrivacyProxy.Audit;

/// <summary>
/// The shared audit store for several replicas: PostgreSQL through Npgsql, with the connection string from
/// <c>ConnectionStrings:Audit</c>. Replicas starting together migrate one at a time (an advisory lock).
/// </summary>
public sealed class PostgresAuditStore : SqlAuditStore
{
    // Any constant shared by every replica: the advisory lock taken while migrating.
    private const long MigrationLockKey = 0x5050_4155_4449_5400;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>A store on the database named by <paramref name="connectionString"/>.</summary>
    /// <exception cref="ArgumentException">The connection string cannot be parsed (the message never repeats it).</exception>
    public PostgresAuditStore(string connectionString)
        : base("postgres")
    {
        try
        {
            _dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException)
        {
            // Npgsql's message may quote the string, password included.
            throw new ArgumentException("ConnectionStrings:Audit is not a valid PostgreSQL connection string.", nameof(connectionString));
        }
    }

    private protected override string IdColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    private protected override string BigInteger => "BIGINT";

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    private protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)");
        Add(command, "@key", MigrationLockKey, System.Data.DbType.Int64);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
