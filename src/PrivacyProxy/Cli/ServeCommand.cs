using PrivacyProxy.Hosting;

namespace PrivacyProxy.Cli;

/// <summary>
/// Runs the proxy. <c>--rules DIR</c> picks the rule folder; every other argument goes to the ASP.NET Core host
/// (<c>--urls</c>, <c>--Section:Key=value</c>).
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = ProxyApplication.Build(TranslateArguments(args));
        await app.RunAsync();
        return 0;
    }

    /// <summary>Turns <c>--rules DIR</c> into the configuration key the host reads.</summary>
    internal static string[] TranslateArguments(string[] args)
    {
        var translated = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rules" && i + 1 < args.Length)
            {
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
