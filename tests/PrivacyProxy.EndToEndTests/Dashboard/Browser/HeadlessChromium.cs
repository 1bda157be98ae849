using System.Diagnostics;
using System.Globalization;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// The machine's Chromium, headless, driven over the DevTools protocol: no browser download and no driver process
/// beyond Chromium itself. It listens on a port it picks (<c>--remote-debugging-port=0</c>, read back from the
/// profile's <c>DevToolsActivePort</c> file) and keeps its profile in a temporary folder deleted on dispose.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, DevToolsConnection connection)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
    }

    public DevToolsConnection Connection { get; }

    public static async Task<HeadlessChromium> StartAsync()
    {
        string executable = ChromiumExecutable.Find();
        string profile = Directory.CreateTempSubdirectory("privacyproxy-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[
            "--headless",
            // Tests run as root in CI, where Chromium refuses to start with its sandbox.
            "--no-sandbox",
            "--disable-gpu",
            // /dev/shm is small in containers; Chromium falls back to /tmp with this.
            "--disable-dev-shm-usage",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile,
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
            // Screenshots show the page, not a scrollbar eating into its width.
            "--hide-scrollbars",
            "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Chromium ('{executable}') did not start.");
        var log = new ChromiumLog(process);
        try
        {
            var endpoint = await WaitForEndpointAsync(process, profile, log);
            var connection = await DevToolsConnection.ConnectAsync(endpoint, CancellationToken.None);
            return new HeadlessChromium(process, profile, connection);
        }
        catch
        {
            Stop(process);
            process.Dispose();
            Directory.Delete(profile, recursive: true);
            throw;
        }
    }

    /// <summary>A new tab in a browser context of its own: no cookie or download setting is shared with another page.</summary>
    public Task<BrowserPage> NewPageAsync() => BrowserPage.OpenAsync(Connection);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Connection.SendAsync("Browser.close");
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            // Already gone, or closing the socket raced the answer: the process is stopped below either way.
        }

        await Connection.DisposeAsync();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Stop(_process);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash reporter may still hold a file for a moment; the folder is a temporary one.
        }
    }

    private static async Task<Uri> WaitForEndpointAsync(Process process, string profile, ChromiumLog log)
    {
        string portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} at start:\n{log.Tail()}");
            }

            if (File.Exists(portFile))
            {
                // Line 1: the port; line 2: the browser target's path. Chromium may not have finished writing it.
                var lines = (await File.ReadAllTextAsync(portFile)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out int port))
                {
                    return new Uri($"ws://127.0.0.1:{port}{lines[1].Trim()}");
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Chromium did not open its DevTools port within {StartTimeout.TotalSeconds} s:\n{log.Tail()}");
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    /// <summary>The last lines Chromium wrote, for a start-up failure's message (it prints no page content).</summary>
    private sealed class ChromiumLog
    {
        private readonly Queue<string> _lines = new();

        public ChromiumLog(Process process)
        {
            process.OutputDataReceived += (_, line) => Add(line.Data);
            process.ErrorDataReceived += (_, line) => Add(line.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Tail()
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }

        private void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                if (_lines.Count > 20)
                {
                    _lines.Dequeue();
                }
            }
        }
    }
}
