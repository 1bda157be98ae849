using System.Text.RegularExpressions;
using PrivacyProxy.Detection.Checks;
using PrivacyProxy.Detection.Lists;
using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Names;
using PrivacyProxy.Detection.Prefilter;
using PrivacyProxy.Detection.Recognizers;
using PrivacyProxy.Detection.Resolution;

namespace PrivacyProxy.Detection.Rules;

/// <summary>
/// Loads every pack of a rules directory and compiles it into a <see cref="RuleSet"/>, collecting all problems
/// (shape, duplicate ids, bad regexes, unknown checks, anchors, lists) into one <see cref="RuleLoadException"/>.
/// </summary>
internal static class RuleSetCompiler
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public static RuleSet Compile(string directory) => Compile(directory, RuleLimits.MatchTimeout);

    /// <summary>
    /// Compiles with another regex match timeout (tests of the fail-closed path use a short one) or a fixed choice
    /// of running leading lookbehinds apart (tests check both give the same matches).
    /// </summary>
    public static RuleSet Compile(string directory, TimeSpan matchTimeout, LookbehindSplit split = LookbehindSplit.WhenFaster)
    {
        var errors = new List<RuleError>();
        if (!System.IO.Directory.Exists(directory))
        {
            throw new RuleLoadException(directory, [new RuleError(Path.GetFileName(directory), null, "rules directory not found")]);
        }

        var definitions = new List<RuleDefinition>();
        var allow = GlobalAllowList.Empty;
        foreach (var path in System.IO.Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (name.Equals(AllowListReader.FileName, StringComparison.OrdinalIgnoreCase))
            {
                allow = new GlobalAllowList(AllowListReader.Read(path, errors));
                continue;
            }

            definitions.AddRange(RulePackReader.Read(path, errors));
        }

        if (definitions.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RuleError(Path.GetFileName(directory), null, "no rule packs (*.json) in the rules directory"));
        }

        foreach (var duplicate in definitions.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new RuleError(duplicate.Last().File, duplicate.Key,
                $"duplicate rule id (also in {string.Join(", ", duplicate.Select(d => d.File).Distinct())})"));
        }

        var rules = new List<CompiledRule>();
        var literals = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var digitRuns = new Dictionary<(int MinLength, int MinDigits, int? MaxLength), List<int>>();
        var upperRuns = new Dictionary<(int MinLength, int MinDigits, int? MaxLength), List<int>>();
        NameScanner? names = null;
        foreach (var definition in definitions)
        {
            var before = errors.Count;
            var listWords = definition.List is null ? null : WordList.Read(directory, definition, errors);
            var rule = CompileRule(definition, rules.Count, listWords, matchTimeout, split, errors);
            var anchors = ResolveAnchors(definition, listWords, errors);
            if (rule is null || errors.Count > before)
            {
                continue;
            }

            foreach (var anchor in anchors)
            {
                if (AnchorTable.TryParseRun(anchor, out var digit, out var minLength))
                {
                    var runs = digit ? digitRuns : upperRuns;
                    var (minDigits, maxLength) = digit && definition.Pattern is not null ? PatternFacts.Analyze(definition.Pattern) : (0, null);
                    var key = (minLength, minDigits, maxLength);
                    if (!runs.TryGetValue(key, out var ruleList))
                    {
                        runs[key] = ruleList = [];
                    }

                    ruleList.Add(rule.Index);
                    continue;
                }

                if (!literals.TryGetValue(anchor, out var list))
                {
                    literals[anchor] = list = [];
                }

                list.Add(rule.Index);
            }

            if (definition.Anchors.Contains(NameScanner.Anchor))
            {
                names = NameLexicon.Load(directory, definition, errors) is { } lexicon ? new NameScanner(lexicon, rule.Index) : null;
            }

            rules.Add(rule);
        }

        if (errors.Count > 0)
        {
            throw new RuleLoadException(directory, errors);
        }

        var anchorTable = new AnchorTable(
            literals,
            [.. digitRuns.Select(p => new RunAnchor(p.Key.MinLength, [.. p.Value.Distinct()], p.Key.MinDigits, p.Key.MaxLength))],
            [.. upperRuns.Select(p => new RunAnchor(p.Key.MinLength, [.. p.Value.Distinct()]))]);
        return new RuleSet(directory, [.. rules], anchorTable, allow, names);
    }

    private static CompiledRule? CompileRule(
        RuleDefinition definition, int index, IReadOnlyList<string>? listWords, TimeSpan matchTimeout, LookbehindSplit split, List<RuleError> errors)
    {
        var options = Options | (definition.IgnoreCase ? RegexOptions.IgnoreCase : 0);
        if (definition.Pattern is { } pattern)
        {
            Regex whole;
            try
            {
                // Interpreted: only validates the pattern and its groups; BranchCompiler builds what runs.
                whole = new Regex(pattern, options & ~RegexOptions.Compiled, matchTimeout);
            }
            catch (ArgumentException ex)
            {
                errors.Add(new RuleError(definition.File, definition.Id, $"bad regex: {ex.Message}"));
                return null;
            }

            if (definition.ValueGroup is { } name && whole.GroupNumberFromName(name) < 0)
            {
                errors.Add(new RuleError(definition.File, definition.Id, $"'value' names group '{name}', which the pattern does not have"));
            }
        }

        var checks = new List<Check>();
        foreach (var checkName in definition.Checks)
        {
            if (CheckRegistry.TryGet(checkName, out var check))
            {
                checks.Add(check);
            }
            else
            {
                errors.Add(new RuleError(definition.File, definition.Id,
                    $"unknown check '{checkName}' (known: {string.Join(", ", CheckRegistry.Names.Order(StringComparer.Ordinal))})"));
            }
        }

        IRecognizer? recognizer = null;
        if (definition.Recognizer is { } recognizerName && !RecognizerRegistry.TryCreate(recognizerName, out recognizer))
        {
            errors.Add(new RuleError(definition.File, definition.Id,
                $"unknown recognizer '{recognizerName}' (known: {string.Join(", ", RecognizerRegistry.Names)})"));
        }

        var allow = new List<Regex>();
        foreach (var allowPattern in definition.Allow)
        {
            try
            {
                allow.Add(new Regex(allowPattern, RegexOptions.CultureInvariant, RuleLimits.MatchTimeout));
            }
            catch (ArgumentException ex)
            {
                errors.Add(new RuleError(definition.File, definition.Id, $"bad allow regex: {ex.Message}"));
            }
        }

        return new CompiledRule
        {
            Index = index,
            Definition = definition,
            // A list rule runs no regex: its words are matched by one trie walk per word start.
            Branches = definition.Pattern is null ? [] : BranchCompiler.Compile(definition.Pattern, options, matchTimeout, definition.ValueGroup, split),
            List = listWords is null ? null : new WordListMatcher(listWords, definition.IgnoreCase),
            Checks = [.. checks],
            Recognizer = recognizer,
            Context = definition.Context is null ? null : new WordContext(definition.Context),
            Exclude = definition.Exclude is null ? null : new WordContext(definition.Exclude),
            Allow = [.. allow],
        };
    }

    private static List<string> ResolveAnchors(RuleDefinition definition, IReadOnlyList<string>? listWords, List<RuleError> errors)
    {
        var anchors = new List<string>();
        foreach (var anchor in definition.Anchors)
        {
            if (anchor == AnchorTable.List)
            {
                if (listWords is null)
                {
                    errors.Add(new RuleError(definition.File, definition.Id, "anchor '{list}' needs a 'list'"));
                }

                anchors.AddRange((listWords ?? []).Select(WordList.Anchor).Distinct(StringComparer.OrdinalIgnoreCase));
            }
            else if (anchor == NameScanner.Anchor)
            {
                // Not a prefilter anchor: the name scanner runs over the whole text for this rule.
            }
            else if (anchor.StartsWith('{') && anchor.EndsWith('}') && !AnchorTable.TryParseRun(anchor, out _, out _))
            {
                errors.Add(new RuleError(definition.File, definition.Id,
                    $"unknown anchor '{anchor}' (special anchors: {{digit}}, {{digit:N}}, {{upper}}, {{upper:N}}, {AnchorTable.List}, {NameScanner.Anchor})"));
            }
            else if (string.IsNullOrWhiteSpace(anchor))
            {
                errors.Add(new RuleError(definition.File, definition.Id, "an anchor is blank"));
            }
            else
            {
                anchors.Add(anchor);
            }
        }

        return anchors;
    }
}
