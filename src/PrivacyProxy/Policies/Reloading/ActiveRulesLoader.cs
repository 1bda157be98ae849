using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PrivacyProxy.Detection;
using PrivacyProxy.Health;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>
/// Builds the next <see cref="ActiveRules"/> from the configuration and rule files as they are now. Unlike start-up,
/// nothing throws for a bad edit: every problem comes back, each naming its file and rule or key.
/// </summary>
internal sealed partial class ActiveRulesLoader(
    IOptionsFactory<PrivacyProxyOptions> optionsFactory, IConfiguration configuration, ConfigurationFileErrors fileErrors)
{
    public RulesReload Load(ActiveRules current)
    {
        // A file that failed to load reads as empty: the options bound now would be missing its keys.
        var problems = new List<HealthProblem>(fileErrors.Current);
        if (problems.Count > 0)
        {
            return new RulesReload(null, problems, null);
        }

        PrivacyProxyOptions options;
        try
        {
            // A fresh instance, validated like at start; the cached IOptions value stays what the host started with.
            options = optionsFactory.Create(Options.DefaultName);
        }
        catch (OptionsValidationException e)
        {
            return new RulesReload(null, [.. e.Failures.Select(OptionsProblem)], null);
        }
        catch (InvalidOperationException e) when (BindingFailure().Match(e.Message) is { Success: true } match)
        {
            // The binder's message quotes the value; only the key and the expected type are kept.
            var key = match.Groups["key"].Value;
            return new RulesReload(null, [new HealthProblem(ConfigurationSourceNames.Of(configuration, key), key, $"is not a valid {match.Groups["type"].Value}")], null);
        }

        var directory = options.ResolvedRulesDirectory;

        // A detector the host was given (not loaded from rule files) is kept as it is; policies still reload.
        var detector = current.Detector;
        if (detector is Detector)
        {
            try
            {
                detector = Detector.Load(directory);

                // Warmed before it is swapped in: the first request after a reload costs what the thousandth does.
                detector.WarmUp();
            }
            catch (RuleLoadException e)
            {
                problems.AddRange(e.Errors.Select(error => new HealthProblem(error.File, error.RuleId, error.Problem)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new HealthProblem(Path.GetFileName(directory), null, $"the rules directory cannot be read ({e.GetType().Name})"));
            }
        }

        // Compiled against the new rules, or the current ones when those failed, so policy problems show up too.
        Policy.PolicySet? policies = null;
        try
        {
            policies = PolicyLoader.Compile(options, detector, directory);
        }
        catch (PolicyCompilationException e)
        {
            problems.AddRange(e.Problems.Select(p => new HealthProblem(ConfigurationSourceNames.Of(configuration, p.Key), p.Key, p.Problem)));
        }

        return problems.Count > 0 || policies is null
            ? new RulesReload(null, problems, directory)
            : new RulesReload(new ActiveRules(detector, policies), [], directory, options.Policies.Count);
    }

    // The validator's messages start with the key they are about ("PrivacyProxy:ClientKeys:0:Key must be ...").
    private HealthProblem OptionsProblem(string failure)
    {
        var key = failure.StartsWith(PrivacyProxyOptions.SectionName + ":", StringComparison.Ordinal) ? failure.Split(' ', 2)[0] : null;
        return new HealthProblem(key is null ? ConfigurationSourceNames.Unknown : ConfigurationSourceNames.Of(configuration, key), key, failure);
    }

    // Microsoft.Extensions.Configuration.Binder's message: "Failed to convert configuration value 'v' at 'k' to type 't'."
    [GeneratedRegex(@"^Failed to convert configuration value '.*' at '(?<key>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();
}
