using PrivacyProxy.Detection;
using PrivacyProxy.Policy;

namespace PrivacyProxy.Benchmarks;

/// <summary>A policy with one dictionary of made-up customer and project names, for measuring deny-term matching.</summary>
internal static class DictionaryPolicy
{
    private static readonly string[] Words = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adventure", "Proseware", "Wingtip"];

    public static IDetector Wrap(Detector rules, int count)
    {
        var names = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            names.Add($"{Words[i % Words.Length]} {Words[(i / Words.Length) % Words.Length]} {i:0000}");
        }

        var definition = new PolicySetDefinition();
        definition.Policies["bench"] = new PolicyDefinition { Dictionaries = [new DictionaryDefinition { Name = "customers", Terms = names }] };
        definition.DefaultPolicy = "bench";
        var compiled = PolicySetCompiler.Compile(definition, Path.GetTempPath(), rules.Types);
        if (compiled.PolicySet is null)
        {
            throw new InvalidOperationException(string.Join("; ", compiled.Problems));
        }

        Console.WriteLine($"policy dictionary of {count} deny terms");
        return compiled.PolicySet.Default.Wrap(rules);
    }
}
