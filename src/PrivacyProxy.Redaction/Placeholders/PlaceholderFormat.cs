using System.Globalization;

namespace PrivacyProxy.Redaction.Placeholders;

/// <summary>
/// The placeholder grammar: <c>[[TYPE_n]]</c>, TYPE an ASCII letter then letters, digits or underscores (at most
/// <see cref="MaxTypeLength"/>), n a decimal number from 1 without leading zeros (at most <see cref="MaxNumberDigits"/> digits).
/// </summary>
internal static class PlaceholderFormat
{
    public const int MaxTypeLength = 32;
    public const int MaxNumberDigits = 9;
    public const int MaxNumber = 999_999_999;

    /// <summary>Longest <c>TYPE_n</c> between the brackets.</summary>
    public const int MaxBodyLength = MaxTypeLength + 1 + MaxNumberDigits;

    /// <summary>Longest canonical placeholder, brackets included.</summary>
    public const int MaxLength = 2 + MaxBodyLength + 2;

    /// <summary>Most backslashes accepted before each bracket (<c>\[</c>, or <c>\\[</c> inside JSON text).</summary>
    public const int MaxEscapeLength = 2;

    /// <summary>Most spaces accepted inside the brackets on either side (<c>[[ EMAIL_1 ]]</c>).</summary>
    public const int MaxPadding = 2;

    /// <summary>Longest tolerated variant: four escaped brackets, padding on both sides, longest body.</summary>
    public const int MaxVariantLength = (4 * (MaxEscapeLength + 1)) + (2 * MaxPadding) + MaxBodyLength;

    /// <summary>Type given to input text that already looks like a placeholder.</summary>
    public const string LiteralType = "TEXT";

    public static string Format(string type, int number) =>
        string.Concat("[[", type, "_", number.ToString(CultureInfo.InvariantCulture), "]]");

    public static bool IsTypeStart(char c) => char.IsAsciiLetter(c);

    public static bool IsBodyChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Splits <c>TYPE_digits</c> at its last underscore. False when the type is empty, too long or does not start
    /// with a letter, or the digits are missing, too many or not digits (leading zeros are accepted here).
    /// </summary>
    public static bool TrySplitBody(ReadOnlySpan<char> body, out int typeLength)
    {
        typeLength = body.LastIndexOf('_');
        if (typeLength < 1 || typeLength > MaxTypeLength || !IsTypeStart(body[0]))
        {
            return false;
        }

        ReadOnlySpan<char> digits = body[(typeLength + 1)..];
        return digits.Length is > 0 and <= MaxNumberDigits && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Parses the digits of an issued number: canonical only (no leading zero, from 1).</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> digits, out int number)
    {
        number = 0;
        if (digits.Length is 0 or > MaxNumberDigits || digits[0] == '0')
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Parses a canonical placeholder (<c>[[API_KEY_2]]</c>: upper-case type, exact brackets).</summary>
    public static bool TryParse(string text, out string type, out int number)
    {
        type = string.Empty;
        number = 0;
        if (text is null || text.Length < 7 || text.Length > MaxLength || !text.StartsWith("[[", StringComparison.Ordinal)
            || !text.EndsWith("]]", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> body = text.AsSpan(2, text.Length - 4);
        foreach (char c in body)
        {
            if (!IsBodyChar(c) || char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        if (!TrySplitBody(body, out int typeLength) || !TryParseNumber(body[(typeLength + 1)..], out number))
        {
            return false;
        }

        type = body[..typeLength].ToString();
        return true;
    }

    /// <summary>
    /// Makes a detector type fit the grammar: upper case, other characters become '_', a leading non-letter gets
    /// an "X_" prefix, cut at <see cref="MaxTypeLength"/>. Valid types are returned as they are.
    /// </summary>
    public static string NormalizeType(string type)
    {
        if (IsCanonicalType(type))
        {
            return type;
        }

        bool prefix = type.Length == 0 || !IsTypeStart(type[0]);
        int length = Math.Min(MaxTypeLength, type.Length + (prefix ? 2 : 0));
        return string.Create(length, (type, prefix), static (span, state) =>
        {
            int at = 0;
            if (state.prefix)
            {
                span[at++] = 'X';
                span[at++] = '_';
            }

            for (int i = 0; at < span.Length; i++)
            {
                char c = state.type[i];
                span[at++] = char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_';
            }
        });
    }

    private static bool IsCanonicalType(string type)
    {
        if (type.Length is 0 or > MaxTypeLength || !IsTypeStart(type[0]))
        {
            return false;
        }

        foreach (char c in type)
        {
            if (!IsBodyChar(c) || char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
