using System.Text;
using Microsoft.Data.Sqlite;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Auditing;

/// <summary>
/// After the run (planted values through chat, streaming chat, Anthropic, Responses and Ollama), no table, row or
/// byte of the audit database files and no log line holds a planted value, in any spelling the proxy saw.
/// </summary>
public sealed class NoValueStoredTests(AuditRunFixture run) : IClassFixture<AuditRunFixture>
{
    // The planted values and the compact forms a normaliser would make of them (digits only, no separators).
    private static readonly IReadOnlyList<string> Forms =
    [
        .. Planted.All,
        Planted.Card.Replace(" ", "", StringComparison.Ordinal),
        Planted.Ssn.Replace("-", "", StringComparison.Ordinal),
        Planted.Email.ToUpperInvariant(),
    ];

    [Fact]
    public async Task Database_EveryTableAndRow_HoldsNoPlantedValue()
    {
        var cells = new List<string>();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = run.Proxy.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            tables.Should().Contain(["audit_events", "audit_findings", "audit_fingerprints"]);
            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from sqlite_master of the test's own database.
                select.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (int i = 0; i < reader.FieldCount; i++)
                    {
                        cells.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    }
                }
            }
        }

        cells.Should().NotBeEmpty();
        Leaks(string.Join('\n', cells)).Should().BeEmpty("no planted value may be stored in any row");
    }

    [Fact]
    public void DatabaseFiles_RawBytes_HoldNoPlantedValue()
    {
        var files = Directory.GetFiles(run.Proxy.DataDirectory).Where(static f => Path.GetFileName(f).StartsWith("audit.db", StringComparison.Ordinal)).ToList();

        files.Should().Contain(run.Proxy.DatabasePath);
        foreach (var file in files)
        {
            // Latin-1 maps each byte to one char, so UTF-8 text of a value is found wherever it sits (free pages too).
            string bytes = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            Leaks(bytes).Should().BeEmpty("no planted value may be in {0}", Path.GetFileName(file));
        }
    }

    [Fact]
    public void Logs_HoldNoPlantedValue()
    {
        run.Proxy.Logs.Entries.Should().Contain(e => e.Contains("Audit stopped", StringComparison.Ordinal), "the audit logs its stop");
        Leaks(string.Join('\n', run.Proxy.Logs.Entries)).Should().BeEmpty("no planted value may reach a log");
    }

    // Indexes of the forms found, safe to print.
    private static string Leaks(string text)
    {
        var found = new List<string>();
        for (int i = 0; i < Forms.Count; i++)
        {
            if (text.Contains(Forms[i], StringComparison.OrdinalIgnoreCase))
            {
                found.Add("#" + i);
            }
        }

        return string.Join(',', found);
    }
}
