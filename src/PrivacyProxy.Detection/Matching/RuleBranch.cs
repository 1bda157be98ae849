using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// One compiled regex of a rule, the number of its value group (0: the whole match), and the leading lookbehinds
/// taken out of it (<see cref="LeadingLookbehind"/>), tested at each match start; null when the regex is whole.
/// </summary>
internal sealed record RuleBranch(Regex Regex, int ValueGroup, LeadCheck? Lead = null)
{
    /// <summary>True when the leading lookbehinds hold at <paramref name="index"/> of <paramref name="span"/>.</summary>
    public bool LeadHolds(ReadOnlySpan<char> span, int index) => Lead is null || Lead.Holds(span, index);
}
