using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Matching;

/// <summary>One compiled regex of a rule and the number of its value group (0: the whole match).</summary>
internal sealed record RuleBranch(Regex Regex, int ValueGroup);
