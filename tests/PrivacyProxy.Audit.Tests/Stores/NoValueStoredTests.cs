using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PrivacyProxy.Audit.Tests;

/// <summary>
/// Events built from planted values (through the fingerprinter, and through every name field, as a careless host
/// might) leave no trace of those values in any table, row or database file. Failures never print a value.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NoValueStoredTests(PostgresCluster cluster)
{
    // Fake but realistic: a test card, an SSN from the invalid 9xx area, an IBAN example, an e-mail, an API-key shape.
    private static readonly (string Value, string Category, string Type)[] Planted =
    [
        ("4111 1111 1111 1111", "FINANCIAL", "CREDIT_CARD"),
        ("912-34-5678", "GOV_ID", "US_SSN"),
        ("GB82 WEST 1234 5698 7654 32", "FINANCIAL", "IBAN"),
        ("planted.person@example.com", "CONTACT", "EMAIL"),
        ("sk-plantedFAKEkey0123456789abcdefXYZ", "SECRET", "API_KEY"),
        ("correct horse battery staple planted", "SECRET", "PASSWORD"),
    ];

    [Fact]
    public async Task SqliteStore_EventsFromPlantedValues_NoValueInAnyRowOrFileByte()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pp-audit-novalue-{Guid.NewGuid():N}");
        try
        {
            var path = Path.Combine(folder, "audit.db");
            await using (var store = new SqliteAuditStore(path))
            {
                await store.InitializeAsync();
                await store.WriteAsync(PlantedEvents());
            }

            await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await connection.OpenAsync();
                var rows = await ReadEveryRowAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
                rows.Should().BeGreaterThan(PlantedEvents().Count);
            }

            foreach (var file in Directory.GetFiles(folder))
            {
                AssertNoPlantedValue(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task PostgresStore_EventsFromPlantedValues_NoValueInAnyRowOrClusterFile()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        await using (var store = new PostgresAuditStore(connectionString))
        {
            await store.InitializeAsync();
            await store.WriteAsync(PlantedEvents());
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            var rows = await ReadEveryRowAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            rows.Should().BeGreaterThan(PlantedEvents().Count);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "CHECKPOINT";
            await checkpoint.ExecuteNonQueryAsync();
        }

        // Every file but the server's Unix socket, which cannot be read as a file.
        foreach (var file in Directory.EnumerateFiles(cluster.DataDirectory, "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).StartsWith(".s.PGSQL", StringComparison.Ordinal)))
        {
            AssertNoPlantedValue(await File.ReadAllBytesAsync(file), Path.GetRelativePath(cluster.DataDirectory, file));
        }
    }

    private static List<AuditEvent> PlantedEvents()
    {
        var fingerprinter = TestKeys.NewFingerprinter(out _);
        var events = new List<AuditEvent>();
        for (var i = 0; i < Planted.Length; i++)
        {
            var (value, category, type) = Planted[i];
            events.Add(TestEvents.Create(TestEvents.Epoch.AddMinutes(i), index: i,
                findings: [TestEvents.Tally(category, type, "planted-rule")],
                fingerprints: [fingerprinter.Fingerprint(value, AuditName.From(category), AuditName.From(type))]) with
            {
                // A host that wrongly passes a value where a name goes stores nothing of it when the value has a
                // character no name may hold (space, '@'). A value spelled like an id cannot be told from one:
                // the host must give ids there, which the charset alone cannot check.
                Caller = AuditName.IsWellFormed(value) ? AuditName.From("ci-bot") : AuditName.From(value),
                Team = AuditName.IsWellFormed(value) ? null : AuditName.FromOptional(value),
                Model = AuditName.IsWellFormed(value) ? null : AuditName.From(value),
            });
        }

        return events;
    }

    // Reads every column of every row of every table as text; checks each field; returns the rows read.
    private static async Task<int> ReadEveryRowAsync(DbConnection connection, string listTables)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = listTables;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.Should().Contain(["audit_events", "audit_findings", "audit_fingerprints"]);
        var rows = 0;
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
#pragma warning disable CA2100 // table names read from the database's own catalogue
            select.CommandText = $"SELECT * FROM {table}";
#pragma warning restore CA2100
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var text = Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                    AssertNoPlantedValue(Encoding.UTF8.GetBytes(text), $"{table}.{reader.GetName(column)}");
                }
            }
        }

        return rows;
    }

    private static void AssertNoPlantedValue(byte[] bytes, string where)
    {
        for (var i = 0; i < Planted.Length; i++)
        {
            foreach (var form in Forms(Planted[i]))
            {
                var found = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)) >= 0
                    || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(form)) >= 0;
                // The message names the planted entry by index, never by value.
                found.Should().BeFalse($"planted value #{i} must not appear in {where}");
            }
        }
    }

    // The value as planted and in its normalised spellings.
    private static IEnumerable<string> Forms((string Value, string Category, string Type) planted)
    {
        yield return planted.Value;
        foreach (var normalization in Enum.GetValues<FingerprintNormalization>())
        {
            yield return FingerprintNormalizer.Normalize(planted.Value, normalization);
        }
    }
}
