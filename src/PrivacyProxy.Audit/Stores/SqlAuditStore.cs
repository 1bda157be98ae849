using System.Data;
using System.Data.Common;

namespace PrivacyProxy.Audit;

/// <summary>
/// The audit store over any ADO.NET provider whose SQL both SQLite and PostgreSQL accept (<c>RETURNING</c>,
/// <c>LIMIT</c>, integer division). A store supplies connections and the few words its DDL differs by. Split by
/// concern: schema (here), writing (<c>.Write.cs</c>), reading events (<c>.Events.cs</c>), reports (<c>.Reports.cs</c>).
/// </summary>
public abstract partial class SqlAuditStore : IAuditStore
{
    private protected SqlAuditStore(string storeName) => StoreName = storeName;

    /// <summary>The store's name in errors: <c>sqlite</c> or <c>postgres</c>.</summary>
    public string StoreName { get; }

    /// <summary>The DDL of an auto-increment 64-bit primary key.</summary>
    private protected abstract string IdColumn { get; }

    /// <summary>The DDL of a 64-bit integer.</summary>
    private protected abstract string BigInteger { get; }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await MigrateAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The {StoreName} audit store could not be opened or migrated: {exception.GetType().Name}.", exception);
        }
    }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>An open connection.</summary>
    private protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs inside the migration transaction before the version is read, so two replicas starting at once do not
    /// both migrate. SQLite's write transaction already excludes others.
    /// </summary>
    private protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var create = Command(connection, null, AuditSchema.CreateVersionTable))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        int version;
        await using (var read = Command(connection, transaction, AuditSchema.ReadVersion))
        {
            version = (int)ToLong(await read.ExecuteScalarAsync(cancellationToken));
        }

        if (version > AuditSchema.CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The {StoreName} audit store has schema version {version}, newer than this build's {AuditSchema.CurrentVersion}; run a newer PrivacyProxy.");
        }

        for (var index = version; index < AuditSchema.CurrentVersion; index++)
        {
            await using var migrate = Command(connection, transaction, AuditSchema.Render(index, IdColumn, BigInteger));
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }

        if (version < AuditSchema.CurrentVersion)
        {
            await using var write = Command(connection, transaction, AuditSchema.WriteVersion);
            Add(write, "@version", AuditSchema.CurrentVersion, DbType.Int32);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Every statement is a constant of this assembly; values travel as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private protected static DbParameter Add(DbCommand command, string name, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private protected static long ToLong(object? value) => value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    private static long Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static void AddPeriod(DbCommand command, AuditPeriod period)
    {
        Add(command, "@from", Milliseconds(period.From), DbType.Int64);
        Add(command, "@to", Milliseconds(period.To), DbType.Int64);
    }
}
