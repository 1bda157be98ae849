using System.Globalization;
using System.Text;

namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>
/// What a dictionary term is matched as: word characters as .NET's <c>\w</c> knows them, whitespace runs read
/// as one space, and invisible format characters (zero-width spaces, soft hyphens) skipped, so a term cannot be
/// slipped past by spacing it differently or by splitting it with a character nobody sees.
/// </summary>
internal static class TermText
{
    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
    }

    public static bool IsIgnorable(char c) => c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The term as the matcher compares it: trimmed, whitespace runs as one space, format characters removed.</summary>
    public static string Canonical(string term)
    {
        var text = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else if (!IsIgnorable(c))
            {
                text.Append(c);
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Whether the canonical term holds a letter or digit: a term of punctuation alone would match everywhere.</summary>
    public static bool HasWordChar(string canonical)
    {
        foreach (var c in canonical)
        {
            if (IsWordChar(c))
            {
                return true;
            }
        }

        return false;
    }
}
