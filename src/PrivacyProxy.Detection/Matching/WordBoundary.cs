namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Where words start and end for context words: between a letter and a non-letter, a digit and a non-digit, or
/// a lower-case and an upper-case letter (camelCase), so "cardNumber", "card_no" and "sha256" all hold a word.
/// A word may end in a plural "s".
/// </summary>
internal static class WordBoundary
{
    public static bool StartsWord(string text, int index) =>
        index <= 0 || index >= text.Length || IsBoundary(text[index - 1], text[index]);

    public static bool EndsWord(string text, int index)
    {
        if (index <= 0 || index >= text.Length || IsBoundary(text[index - 1], text[index]))
        {
            return true;
        }

        return (text[index] == 's' || text[index] == 'S') && (index + 1 == text.Length || IsBoundary(text[index], text[index + 1]));
    }

    private static bool IsBoundary(char left, char right) =>
        !((char.IsLetter(left) && char.IsLetter(right) && !(char.IsLower(left) && char.IsUpper(right)))
          || (char.IsDigit(left) && char.IsDigit(right)));
}
