namespace PrivacyProxy.Policy.Tests;

/// <summary>Builds policy sets from definitions for tests; problems are configuration keys and texts, never term values.</summary>
internal static class Policies
{
    public static PolicyCompilation Compile(PolicySetDefinition definition, string? dictionaryDirectory = null) =>
        PolicySetCompiler.Compile(definition, dictionaryDirectory ?? Shipped.DictionaryDirectory, Shipped.Types);

    public static PolicySet Set(PolicySetDefinition definition, string? dictionaryDirectory = null)
    {
        var compilation = Compile(definition, dictionaryDirectory);
        compilation.Problems.Should().BeEmpty();
        return compilation.PolicySet!;
    }

    /// <summary>A set with one policy, "default", holding <paramref name="policy"/>.</summary>
    public static Policy Default(PolicyDefinition policy, string? dictionaryDirectory = null) =>
        Set(new PolicySetDefinition { Policies = { ["default"] = policy } }, dictionaryDirectory).Default;

    public static PolicyDefinition WithActions(params (string Key, string Action)[] actions)
    {
        var policy = new PolicyDefinition();
        foreach (var (key, action) in actions)
        {
            policy.Actions[key] = action;
        }

        return policy;
    }
}
