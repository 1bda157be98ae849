using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.Cli;

/// <summary>
/// <c>PrivacyProxy hash-password</c>: reads one password line from stdin and prints its
/// <see cref="PasswordHasher"/> hash for <c>PrivacyProxy:Dashboard:Users:N:PasswordHash</c>, and nothing else.
/// The password is never echoed, not even in an error.
/// </summary>
internal static class HashPasswordCommand
{
    /// <summary>Exit code when there is no password to hash (or an argument was given).</summary>
    public const int UsageExitCode = 2;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0)
        {
            // An argument would put the password in the shell history and the process list.
            await stderr.WriteLineAsync("PrivacyProxy hash-password: takes no arguments; type or pipe the password on stdin.");
            return UsageExitCode;
        }

        // ReadLine drops the line break (\n or \r\n), so `echo pw | PrivacyProxy hash-password` hashes "pw".
        string? password = await stdin.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("PrivacyProxy hash-password: the password on stdin is empty.");
            return UsageExitCode;
        }

        await stdout.WriteLineAsync(PasswordHasher.Hash(password));
        return 0;
    }
}
