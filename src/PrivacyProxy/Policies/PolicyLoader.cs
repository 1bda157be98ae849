using PrivacyProxy.Detection;
using PrivacyProxy.Hosting;
using PrivacyProxy.Policy;

namespace PrivacyProxy.Policies;

/// <summary>Compiles the configured policies against the loaded rules (their types are what a policy may name).</summary>
internal static class PolicyLoader
{
    /// <summary>The folder of dictionary files, inside the rules folder.</summary>
    public const string DictionaryFolder = "dictionaries";

    /// <exception cref="PolicyCompilationException">Some key is wrong; every problem is listed.</exception>
    public static PolicySet Compile(PrivacyProxyOptions options, IDetector detector, string rulesDirectory)
    {
        IReadOnlySet<string> types = detector is Detector loaded ? loaded.Types : new HashSet<string>();
        var compilation = PolicySetCompiler.Compile(options.PolicyDefinition(), Path.Combine(rulesDirectory, DictionaryFolder), types);
        return compilation.PolicySet is { } set && compilation.Problems.Count == 0
            ? set
            : throw new PolicyCompilationException(compilation.Problems);
    }
}
