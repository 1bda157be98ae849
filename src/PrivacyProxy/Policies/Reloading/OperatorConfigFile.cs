using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>
/// <c>PrivacyProxy:ConfigFile</c>: an extra JSON file, typically the policies, that operators (and tests) keep
/// outside the program folder; watched and reloaded on change like <c>appsettings.json</c>.
/// </summary>
/// <remarks>
/// Precedence, lowest first: <c>appsettings.json</c>, <c>appsettings.{Environment}.json</c>, user secrets, this
/// file, environment variables, the command line. The file overrides the defaults shipped next to the program,
/// and an operator's environment or command line still has the last word, as with any ASP.NET Core setting.
/// </remarks>
internal static class OperatorConfigFile
{
    /// <summary>The key naming the file (set from the environment or the command line); relative to the working directory.</summary>
    public const string Key = "PrivacyProxy:ConfigFile";

    /// <summary>Adds the file named by <see cref="Key"/>, if any, at its place in the sources.</summary>
    /// <exception cref="InvalidOperationException">The file named does not exist.</exception>
    public static void AddTo(IConfigurationManager configuration)
    {
        var setting = configuration[Key];
        if (string.IsNullOrWhiteSpace(setting))
        {
            return;
        }

        var path = Path.GetFullPath(setting.Trim());
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Key} names '{path}', which does not exist.");
        }

        // Required: once named, a missing file is a problem, not "no settings" (see ConfigurationFileErrors).
        var source = new JsonConfigurationSource { Path = path, Optional = false, ReloadOnChange = true };
        source.ResolveFileProvider();
        configuration.Sources.Insert(PositionIn(configuration.Sources), source);
    }

    // Before the application's own environment variables (the unprefixed source; the host's DOTNET_ and ASPNETCORE_
    // ones come first) or, failing that, its command line.
    private static int PositionIn(IList<IConfigurationSource> sources)
    {
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i] is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
            {
                return i;
            }
        }

        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i] is CommandLineConfigurationSource)
            {
                return i;
            }
        }

        return sources.Count;
    }
}
