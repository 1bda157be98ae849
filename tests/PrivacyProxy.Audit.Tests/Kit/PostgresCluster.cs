using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PrivacyProxy.Audit.Tests;

/// <summary>
/// A throwaway PostgreSQL server for the tests: a new cluster in a temp folder on a free loopback port, trust
/// authentication, started once per test run and removed after. As root (CI), the server runs as the
/// <c>postgres</c> user, since PostgreSQL refuses to run as root. Missing PostgreSQL is a failure, never a skip.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string SuperUser = "postgres";
    private static int _databases;
    private string? _bin;

    /// <summary>The cluster's data folder (the tests search its files for planted values).</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"pp-audit-pg-{Guid.NewGuid():N}");

    private int Port { get; set; }

    private static bool IsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no initdb and pg_ctl on PATH or under /usr/lib/postgresql/<version>/bin): "
            + "run `bash tests/run.sh`, which installs it, or `apt-get install -y postgresql`.");
        Directory.CreateDirectory(DataDirectory);
        if (IsRoot)
        {
            await RunAsync("chown", [SuperUser, DataDirectory], asPostgres: false);
        }

        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-locale", "-N"], IsRoot);
        Port = FreePort();
        var serverOptions = $"-p {Port} -c listen_addresses=127.0.0.1 -k {DataDirectory} -c fsync=off -c full_page_writes=off";
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-o", serverOptions, "-w", "start"], IsRoot);
    }

    public async Task DisposeAsync()
    {
        if (_bin is not null && Port != 0)
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], IsRoot);
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"audit_{Interlocked.Increment(ref _databases)}";
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            // A generated name: CREATE DATABASE takes no parameters.
#pragma warning disable CA2100
            create.CommandText = $"CREATE DATABASE {name}";
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = SuperUser, Database = database }.ToString();

    private static string? FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var prefix in (string[])["-u", SuperUser, "--", program])
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
