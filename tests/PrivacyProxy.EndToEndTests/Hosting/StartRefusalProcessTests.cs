using System.Net;
using System.Net.Sockets;
using PrivacyProxy.Cli;

namespace PrivacyProxy.EndToEndTests.Hosting;

/// <summary>
/// A start the proxy refuses (issue 7, item 10), run as the built program: one line on stderr that says why, a
/// non-zero exit code, no stack trace and no unhandled-exception abort, on either stream.
/// </summary>
public sealed class StartRefusalProcessTests : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("privacyproxy-refusal-").FullName;

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);

    public static TheoryData<string, string[], string> Refusals => new()
    {
        { "beyond loopback without client keys", ["--urls", "http://0.0.0.0:0"], "client keys" },
        { "missing rules directory", ["--urls", "http://127.0.0.1:0", "--rules", "/nonexistent/privacyproxy-rules"], "rules directory not found" },
        { "option of the wrong type", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:MaxRequestBodyBytes=lots"], "PrivacyProxy:MaxRequestBodyBytes" },
        { "invalid option value", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:MaxRequestBodyBytes=0"], "MaxRequestBodyBytes" },
        { "route naming an unknown protocol", ["--urls", "http://127.0.0.1:0", "--ReverseProxy:Routes:chat:Metadata:Protocol=bogus"], "route 'chat'" },
        { "--rules without a directory", ["--urls", "http://127.0.0.1:0", "--rules"], "--rules needs a directory" },
        { "unknown policy action", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:Policies:default:Actions:SECRET=explode"], "PrivacyProxy:Policies:default:Actions:SECRET" },
        { "unknown category or type", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:Policies:default:Actions:SECRETS=block"], "PrivacyProxy:Policies:default:Actions:SECRETS" },
        { "team naming a missing policy", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:Teams:ops:Policy=nowhere"], "PrivacyProxy:Teams:ops:Policy" },
        { "unreadable dictionary", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:Policies:default:Dictionaries:0:Name=clients", "--PrivacyProxy:Policies:default:Dictionaries:0:File=no-such-list.txt"], "PrivacyProxy:Policies:default:Dictionaries:0" },
        { "network rule that does not parse", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:Networks:0:Cidr=10.0.0/8", "--PrivacyProxy:Networks:0:Team=ops"], "PrivacyProxy:Networks:0" },
        { "client key too short", ["--urls", "http://127.0.0.1:0", "--PrivacyProxy:ClientKeys:0:Id=a", "--PrivacyProxy:ClientKeys:0:Key=short"], "at least 16 characters" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Serve_RefusedStart_PrintsOneLineAndExitsNonZero(string because, string[] arguments, string reason)
    {
        var result = await RunAsync(arguments);

        result.ExitCode.Should().Be(StartRefusal.ExitCode, "{0} is a refused start, not a crash (an unhandled exception exits 134)", because);
        AssertOneCleanLine(result, reason);
    }

    [Fact]
    public async Task UnknownVerb_RefusedWithOneLine()
    {
        var result = await RunAsync(["bogus-verb"], verb: null);

        result.ExitCode.Should().Be(StartRefusal.ExitCode);
        result.Stderr.Trim().Should().Be("PrivacyProxy: unknown command 'bogus-verb'; the commands are serve (the default), scan and hash-password.");
    }

    [Fact]
    public async Task Serve_UnusableInstallationKeyPath_PrintsOneLineAndExitsNonZero()
    {
        // A regular file where a directory is needed: the key file can be neither read nor created.
        string blocker = Path.Combine(_workingDirectory, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "x");

        var result = await RunAsync(["--urls", "http://127.0.0.1:0", $"--PrivacyProxy:InstallationKeyPath={Path.Combine(blocker, "installation.key")}"]);

        result.ExitCode.Should().Be(StartRefusal.ExitCode);
        AssertOneCleanLine(result, "installation key file");
    }

    [Fact]
    public async Task Serve_PortInUse_PrintsOneLineAndExitsNonZero()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await RunAsync(["--urls", $"http://127.0.0.1:{port}"]);

        result.ExitCode.Should().Be(StartRefusal.ExitCode);
        AssertOneCleanLine(result, "address already in use");
    }

    [Fact]
    public async Task Serve_ConfigurationValueOfWrongType_DoesNotEchoTheValue()
    {
        const string misplaced = "sk-misplaced-key-value-00000000000001";

        var result = await RunAsync(["--urls", "http://127.0.0.1:0", $"--PrivacyProxy:MaxRequestBodyBytes={misplaced}"]);

        result.ExitCode.Should().NotBe(0);
        (result.Stdout + result.Stderr).Contains(misplaced, StringComparison.Ordinal).Should().BeFalse("a misplaced key must not be printed");
    }

    private static void AssertOneCleanLine(ProcessResult result, string reason)
    {
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle("a refused start prints one line on stderr").Which.Should()
            .StartWith("PrivacyProxy: cannot start: ").And.Contain(reason);
        string everything = result.Stdout + result.Stderr;
        everything.Should().NotContain("Unhandled exception").And.NotContain("   at ", "no stack trace").And.NotContain("Exception:");
    }

    private async Task<ProcessResult> RunAsync(string[] arguments, string? verb = "serve")
    {
        using var process = ServeProcess.Start(_workingDirectory, arguments, new Dictionary<string, string>(), verb);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the refused start did not end: the proxy started listening");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    private sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);
}
