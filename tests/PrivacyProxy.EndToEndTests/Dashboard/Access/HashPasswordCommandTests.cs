using System.Diagnostics;
using System.Text;
using PrivacyProxy.Cli;
using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>The <c>hash-password</c> verb: the program run as a process, and the command on its own.</summary>
public sealed class HashPasswordCommandTests
{
    private const string Password = "a dashboard passphrase \u00e9\u4e2d";

    [Fact]
    public async Task HashPassword_Process_PrintsOnlyAHashOfTheStdinLine()
    {
        var (exitCode, stdout, stderr) = await RunProgramAsync(Password + "\n", "hash-password");

        exitCode.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().EndWith("\n");
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        PasswordHasher.Verify(Password, lines[0].TrimEnd('\r')).Should().BeTrue();
        stdout.Contains(Password, StringComparison.Ordinal).Should().BeFalse("the password was echoed");
    }

    [Fact]
    public async Task HashPassword_Process_EmptyStdin_Exits2WithAMessage()
    {
        var (exitCode, stdout, stderr) = await RunProgramAsync("", "hash-password");

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("empty");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("")]
    public async Task HashPassword_TrailingLineBreak_IsNotPartOfThePassword(string lineBreak)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exitCode = await HashPasswordCommand.RunAsync([], new StringReader(Password + lineBreak), stdout, stderr);

        exitCode.Should().Be(0);
        string hash = stdout.ToString().TrimEnd();
        PasswordHasher.Verify(Password, hash).Should().BeTrue();
        PasswordHasher.Verify(Password + lineBreak, hash).Should().Be(lineBreak.Length == 0);
        stderr.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task HashPassword_OnlyTheFirstLineIsRead()
    {
        using var stdout = new StringWriter();

        int exitCode = await HashPasswordCommand.RunAsync([], new StringReader("first\nsecond\n"), stdout, new StringWriter());

        exitCode.Should().Be(0);
        PasswordHasher.Verify("first", stdout.ToString().Trim()).Should().BeTrue();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task HashPassword_EmptyLine_Exits2(string input)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exitCode = await HashPasswordCommand.RunAsync([], new StringReader(input), stdout, stderr);

        exitCode.Should().Be(2);
        stdout.ToString().Should().BeEmpty();
        stderr.ToString().Should().Contain("hash-password").And.Contain("empty");
    }

    [Fact]
    public async Task HashPassword_WithAnArgument_RefusesWithoutEchoingIt()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exitCode = await HashPasswordCommand.RunAsync(["hunter2-as-argument"], new StringReader(Password + "\n"), stdout, stderr);

        exitCode.Should().Be(2);
        stdout.ToString().Should().BeEmpty();
        stderr.ToString().Should().Contain("stdin").And.NotContain("hunter2-as-argument");
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProgramAsync(string stdin, params string[] args)
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
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start PrivacyProxy");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
