using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PrivacyProxy.EndToEndTests.Hosting;

/// <summary>Starts the built program (<c>PrivacyProxy serve ...</c>) as a separate process with redirected streams.</summary>
internal static partial class ServeProcess
{
    /// <summary>Starts <paramref name="verb"/> (none: the arguments alone) with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static Process Start(
        string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? verb = "serve")
    {
        var start = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string apphost = Path.Combine(ProgramDirectory(), OperatingSystem.IsWindows() ? "PrivacyProxy.exe" : "PrivacyProxy");
        if (File.Exists(apphost))
        {
            start.FileName = apphost;
        }
        else
        {
            start.FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            start.ArgumentList.Add(Path.Combine(ProgramDirectory(), "PrivacyProxy.dll"));
        }

        if (verb is not null)
        {
            start.ArgumentList.Add(verb);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // An upstream key from the developer's shell must not change what the process does.
        start.Environment["DEEPSEEK_API_KEY"] = "";
        start.Environment["PrivacyProxy__Upstream__ApiKey"] = "";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Reads the process's output until Kestrel says where it listens on loopback (60 s at most).</summary>
    public static async Task<Uri> WaitForListeningAsync(Process process)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            output.AppendLine(line);
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value + "/");
            }
        }

        throw new InvalidOperationException("The proxy exited before listening:\n" + output + await process.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>The host project's own build output (same configuration as the tests), else the copy next to the tests.</summary>
    private static string ProgramDirectory()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = testBin.Parent!.Name;
        string built = Path.GetFullPath(Path.Combine(testBin.FullName, "..", "..", "..", "..", "..", "src", "PrivacyProxy", "bin", configuration, testBin.Name));
        return File.Exists(Path.Combine(built, "PrivacyProxy.dll")) ? built : testBin.FullName;
    }
}
