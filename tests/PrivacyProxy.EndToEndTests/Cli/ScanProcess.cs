using System.Diagnostics;
using System.Text;

namespace PrivacyProxy.EndToEndTests.Cli;

/// <summary>Runs the built PrivacyProxy program (<c>dotnet PrivacyProxy.dll scan ...</c>) as a real process.</summary>
internal static class ScanProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static async Task<ScanResult> RunAsync(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PrivacyProxy.dll"));
        start.ArgumentList.Add("scan");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start PrivacyProxy");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("scan did not finish");
        }

        return new ScanResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What a scan process left: exit code, stdout and stderr.</summary>
internal sealed record ScanResult(int ExitCode, string Stdout, string Stderr);
