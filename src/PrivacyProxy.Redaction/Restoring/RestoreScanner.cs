using System.Buffers;
using System.Text;

namespace PrivacyProxy.Redaction.Restoring;

/// <summary>
/// The single pass shared by whole-text and streaming restoring: finds '[' and '\' with a vectorised search,
/// asks the matcher at each, and replaces what the resolver resolves. Stops at the first position that needs
/// more text when the text is not final.
/// </summary>
internal static class RestoreScanner
{
    private static readonly SearchValues<char> Candidates = SearchValues.Create("[\\");

    /// <summary>
    /// Restores <paramref name="text"/> up to <paramref name="consumed"/> (all of it when final). Returns the same
    /// instance when nothing was replaced and everything was consumed.
    /// </summary>
    public static string Run(string text, PlaceholderResolver resolver, TextContext context, bool final, out int consumed)
    {
        ReadOnlySpan<char> s = text;
        bool jsonEscapes = context == TextContext.JsonString;
        StringBuilder? builder = null;
        int copied = 0;
        int i = 0;
        consumed = s.Length;
        while (i < s.Length)
        {
            int next = s[i..].IndexOfAny(Candidates);
            if (next < 0)
            {
                break;
            }

            int at = i + next;
            MatchOutcome outcome = PlaceholderMatcher.Match(s, at, jsonEscapes, final, out PlaceholderMatch match);
            if (outcome == MatchOutcome.NeedMore)
            {
                consumed = at;
                break;
            }

            if (outcome == MatchOutcome.NoMatch)
            {
                i = at + 1;
                continue;
            }

            if (resolver.TryResolve(s, match, context, out string? replacement))
            {
                builder ??= new StringBuilder(s.Length + 64);
                builder.Append(s[copied..at]).Append(replacement);
                copied = at + match.Length;
            }

            // An unresolved match is kept verbatim as a whole, so its inner brackets are not tried again.
            i = at + match.Length;
        }

        if (builder is null)
        {
            return consumed == s.Length ? text : text[..consumed];
        }

        return builder.Append(s[copied..consumed]).ToString();
    }
}
