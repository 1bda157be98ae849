namespace PrivacyProxy.Audit.Tests;

/// <summary>The store contract on SQLite, in a temp folder per test.</summary>
public sealed class SqliteAuditStoreTests : AuditStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"pp-audit-{Guid.NewGuid():N}");

    private string DatabasePath => Path.Combine(_folder, "data", "audit.db");

    protected override Task<IAuditStore> CreateStoreAsync() => Task.FromResult<IAuditStore>(new SqliteAuditStore(DatabasePath));

    protected override IAuditStore OpenSameStorage() => new SqliteAuditStore(DatabasePath);

    protected override Task CleanUpAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task InitializeAsync_CreatesTheFileOwnerOnlyInWalMode()
    {
        File.Exists(DatabasePath).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(DatabasePath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync()).Should().Be("wal");
        command.CommandText = "SELECT version FROM audit_schema";
        (await command.ExecuteScalarAsync()).Should().Be(1L);
    }

    [Fact]
    public async Task InitializeAsync_SchemaNewerThanTheBuild_FailsNamingTheStore()
    {
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_schema SET version = 99";
            await command.ExecuteNonQueryAsync();
        }

        await using var reopened = OpenSameStorage();
        var act = () => reopened.InitializeAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*sqlite*99*");
    }
}
