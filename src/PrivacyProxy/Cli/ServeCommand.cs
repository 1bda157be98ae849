using PrivacyProxy.Hosting;

namespace PrivacyProxy.Cli;

/// <summary>
/// Runs the proxy. <c>--rules DIR</c> picks the rule folder; every other argument goes to the ASP.NET Core host
/// (<c>--urls</c>, <c>--Section:Key=value</c>). A start that is refused (options, rules, key file, address) prints
/// one line on stderr and exits with <see cref="StartRefusal.ExitCode"/>, never an unhandled-exception abort.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        WebApplication app;
        try
        {
            app = ProxyApplication.Build(TranslateArguments(args));
            await app.StartAsync();
        }
        catch (Exception e)
        {
            // Everything before listening is configuration or environment: the operator needs the reason, not a trace.
            await error.WriteLineAsync(StartRefusal.Describe(e));
            return StartRefusal.ExitCode;
        }

        await using (app)
        {
            await app.WaitForShutdownAsync();
        }

        return 0;
    }

    /// <summary>Turns <c>--rules DIR</c> into the configuration key the host reads.</summary>
    /// <exception cref="ArgumentException"><c>--rules</c> without a directory.</exception>
    internal static string[] TranslateArguments(string[] args)
    {
        var translated = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rules")
            {
                if (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    // The host would ignore the dangling option and start with the default rules.
                    throw new ArgumentException("--rules needs a directory.");
                }

                translated.Add($"--{PrivacyProxyOptions.SectionName}:RulesDirectory={args[++i]}");
            }
            else
            {
                translated.Add(args[i]);
            }
        }

        return [.. translated];
    }
}
