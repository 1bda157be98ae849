namespace PrivacyProxy.Policy.Compilation;

/// <summary>The configuration keys problems are reported under, spelled as in design.md's policy contract.</summary>
internal static class PolicyKeys
{
    public const string DefaultPolicy = "PrivacyProxy:DefaultPolicy";

    public static string Policy(string policy) => $"PrivacyProxy:Policies:{policy}";

    public static string Action(string policy, string key) => $"{Policy(policy)}:Actions:{key}";

    public static string Media(string policy) => $"{Policy(policy)}:Media";

    public static string Dictionary(string policy, int index) => $"{Policy(policy)}:Dictionaries:{index}";

    public static string AllowTerm(string policy, int index) => $"{Policy(policy)}:AllowTerms:{index}";

    public static string Team(string team) => $"PrivacyProxy:Teams:{team}";

    public static string Network(int index) => $"PrivacyProxy:Networks:{index}";
}
