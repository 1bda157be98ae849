using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PrivacyProxy.Audit;

/// <summary>
/// The default audit store: one SQLite file (the host passes <c>data/audit.db</c>), created readable by its owner
/// only, in WAL mode so the dashboard reads while the writer writes.
/// </summary>
public sealed class SqliteAuditStore : SqlAuditStore
{
    private readonly string _path;
    private readonly string _connectionString;

    /// <summary>A store in the file at <paramref name="path"/> (created with its folder when missing).</summary>
    public SqliteAuditStore(string path)
        : base("sqlite")
    {
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    private protected override string IdColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    private protected override string BigInteger => "INTEGER";

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        CreateFileWhenMissing();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // WAL lets readers (the dashboard) run beside the writer; NORMAL is durable across a process crash in WAL.
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void CreateFileWhenMissing()
    {
        if (File.Exists(_path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // An empty file is an empty database; creating it first is what sets its mode.
        using var file = new FileStream(_path, options);
    }
}
