using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>
/// Names the configuration source a key comes from (the file an operator must fix), so a policy problem on
/// /healthz points at <c>appsettings.json</c>, the extra config file, the environment or the command line.
/// </summary>
internal static class ConfigurationSourceNames
{
    /// <summary>When no source holds the key (a default value is at fault, or the host's configuration is not a root).</summary>
    public const string Unknown = "configuration";

    /// <summary>The source with the last word on <paramref name="key"/> (a value or a section below it).</summary>
    public static string Of(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return Unknown;
        }

        // Later providers override earlier ones.
        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(key, out _) || provider.GetChildKeys([], key).Any())
            {
                return provider switch
                {
                    FileConfigurationProvider file => ConfigurationFileErrors.NameOf(file),
                    EnvironmentVariablesConfigurationProvider => "environment",
                    CommandLineConfigurationProvider => "command line",
                    _ => Unknown,
                };
            }
        }

        return Unknown;
    }
}
