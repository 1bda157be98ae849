using System.Buffers;
using PrivacyProxy.Policy.Compilation;

namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>
/// Compiles a policy's dictionaries and allow terms into <see cref="PolicyTerms"/>, reporting every bad name,
/// term and file as a <see cref="PolicyProblem"/> (by key or file and line, never by the term's text).
/// </summary>
internal static class DictionaryCompiler
{
    /// <summary>Longest term: it bounds the matcher's work per word start.</summary>
    public const int MaxTermLength = 200;

    /// <summary>Longest name: names become placeholder types, which the placeholder grammar cuts at 32.</summary>
    public const int MaxNameLength = 32;

    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    /// <summary>The finding type of a dictionary name: upper case, hyphens as underscores (the placeholder grammar).</summary>
    public static string TypeOf(string name) => name.Trim().ToUpperInvariant().Replace('-', '_');

    public static PolicyTerms Compile(string policy, PolicyDefinition definition, string directory, List<PolicyProblem> problems)
    {
        var deny = new List<(string Canonical, bool CaseSensitive, int Label)>();
        var labels = new List<DenyTerm>();
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Dictionaries.Count; i++)
        {
            var dictionary = definition.Dictionaries[i];
            var key = PolicyKeys.Dictionary(policy, i);
            var name = dictionary?.Name?.Trim() ?? "";
            if (dictionary is null || !IsValidName(name, key, problems))
            {
                continue;
            }

            if (!types.Add(TypeOf(name)))
            {
                problems.Add(new PolicyProblem($"{key}:Name", $"'{name}' is the name of an earlier dictionary of this policy"));
                continue;
            }

            var label = labels.Count;
            labels.Add(new DenyTerm(TypeOf(name), $"dictionary:{name}"));
            var before = deny.Count;
            var fileFailed = false;
            for (var t = 0; t < dictionary.Terms.Count; t++)
            {
                AddTerm(dictionary.Terms[t], $"{key}:Terms:{t}", dictionary.CaseSensitive, label, deny, problems);
            }

            if (!string.IsNullOrWhiteSpace(dictionary.File))
            {
                var lines = DictionaryFile.Read(directory, dictionary.File.Trim(), out var path, out var problem);
                fileFailed = lines is null;
                if (problem is not null)
                {
                    problems.Add(new PolicyProblem($"{key}:File", problem));
                }

                foreach (var (term, line) in lines ?? [])
                {
                    AddTerm(term, $"{path}:{line}", dictionary.CaseSensitive, label, deny, problems);
                }
            }

            if (deny.Count == before && !fileFailed)
            {
                problems.Add(new PolicyProblem(key, $"dictionary '{name}' has no terms; give Terms or a File with one term per line"));
            }
        }

        var allow = new List<(string Canonical, bool CaseSensitive, int Label)>();
        for (var i = 0; i < definition.AllowTerms.Count; i++)
        {
            AddTerm(definition.AllowTerms[i], PolicyKeys.AllowTerm(policy, i), caseSensitive: false, 0, allow, problems);
        }

        return new PolicyTerms(new TermMatcher(deny), labels, new TermMatcher(allow));
    }

    private static bool IsValidName(string name, string key, List<PolicyProblem> problems)
    {
        var problem = name.Length == 0 ? "is empty; a dictionary needs a name (it becomes the finding type)"
            : name.AsSpan().ContainsAnyExcept(NameChars) ? $"'{name}' may hold only letters, digits, '_' and '-' (it becomes a placeholder type)"
            : name.Length > MaxNameLength ? $"'{name}' is longer than {MaxNameLength} characters (it becomes a placeholder type)"
            : null;
        if (problem is not null)
        {
            problems.Add(new PolicyProblem($"{key}:Name", problem));
        }

        return problem is null;
    }

    private static void AddTerm(
        string? term,
        string key,
        bool caseSensitive,
        int label,
        List<(string Canonical, bool CaseSensitive, int Label)> into,
        List<PolicyProblem> problems)
    {
        var canonical = TermText.Canonical(term ?? "");
        var problem = canonical.Length == 0 ? "the term is empty"
            : !TermText.HasWordChar(canonical) ? "the term holds no letter or digit, so it would match punctuation anywhere"
            : canonical.Length > MaxTermLength ? $"the term is longer than {MaxTermLength} characters"
            : null;
        if (problem is null)
        {
            into.Add((canonical, caseSensitive, label));
        }
        else
        {
            problems.Add(new PolicyProblem(key, problem));
        }
    }
}
