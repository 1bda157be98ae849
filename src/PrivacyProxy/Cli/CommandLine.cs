namespace PrivacyProxy.Cli;

/// <summary>Picks the verb: <c>serve</c> (the default) or <c>scan</c>.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "scan")
        {
            return await ScanCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
        }

        var serveArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
        return await ServeCommand.RunAsync(serveArgs, Console.Error);
    }
}
