using System.Text.RegularExpressions;

namespace PrivacyProxy.Cli;

/// <summary>
/// Picks the verb: <c>serve</c> (the default), <c>scan</c> or <c>hash-password</c>. A first argument that is neither a verb nor a host
/// option (<c>--key</c>, <c>key=value</c>) is a mistyped or unknown verb: refused, rather than starting the proxy.
/// </summary>
internal static partial class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "scan")
        {
            return await ScanCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "hash-password")
        {
            return await HashPasswordCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] != "serve" && !args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('='))
        {
            // Named only when it looks like a verb: a misplaced key must not be echoed.
            string verb = VerbShape().IsMatch(args[0]) ? $" '{args[0]}'" : "";
            await Console.Error.WriteLineAsync($"PrivacyProxy: unknown command{verb}; the commands are serve (the default), scan and hash-password.");
            return StartRefusal.ExitCode;
        }

        var serveArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
        return await ServeCommand.RunAsync(serveArgs, Console.Error);
    }

    [GeneratedRegex("^[a-z][a-z-]{0,23}$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbShape();
}
