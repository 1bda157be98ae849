using System.Buffers;
using System.Globalization;
using System.Text;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// A second view of a string for the detector when its plain form could hide a value (issue 7, item 2): control
/// characters (C0 other than tab and line breaks, DEL, C1) removed (<c>"pass\u0000word"</c>), and, for text that holds JSON
/// escapes (an embedded document that did not parse, or literal <c>\uXXXX</c>), those escapes decoded best-effort.
/// Returns null when the view would equal the text, which is the common case and costs one vectorised scan.
/// </summary>
internal static class ScanView
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>The view of <paramref name="text"/> to scan besides it, or null when there is none.</summary>
    /// <param name="text">The decoded string value.</param>
    /// <param name="unescapeAll">Decode every JSON escape (the text looks like JSON), not only <c>\u</c>.</param>
    public static string? Of(string text, bool unescapeAll)
    {
        ReadOnlySpan<char> span = text;
        bool escapes = unescapeAll ? span.Contains('\\') : span.IndexOf("\\u", StringComparison.Ordinal) >= 0;
        if (!escapes && span.IndexOfAny(Controls) < 0)
        {
            return null;
        }

        var view = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && TryUnescape(text, i, unescapeAll, out char decoded, out int length))
            {
                Append(view, decoded);
                i += length - 1;
                continue;
            }

            Append(view, c);
        }

        string result = view.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? null : result;
    }

    /// <summary>
    /// The JSON document held by <paramref name="text"/> with its <c>\u</c> escapes written as the characters they
    /// stand for, or null when it has none that change anything. An escape of a control character is dropped (a
    /// NUL or backspace inside <c>"pass\u0000word"</c> or between the groups of a number only hides the value);
    /// escapes of characters a JSON string cannot hold raw (quote, backslash, tab and line breaks) stay as written,
    /// so the view is still the same document and its texts read as the walker reads them.
    /// </summary>
    public static string? OfDocument(string text)
    {
        if (!text.Contains("\\u", StringComparison.Ordinal))
        {
            return null;
        }

        // From the start, not from the first "\\u": that one may be the second half of an escaped backslash.
        var view = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                view.Append(c);
                continue;
            }

            if (text[i + 1] == 'u' && TryUnescape(text, i, unescapeAll: false, out char decoded, out int length) && RawInString(decoded))
            {
                if (!Controls.Contains(decoded))
                {
                    view.Append(decoded);
                }

                i += length - 1;
                continue;
            }

            // Any other escape (or one kept as written) is copied whole, so "\\u0041" stays an escaped backslash.
            view.Append(c).Append(text[i + 1]);
            i++;
        }

        string result = view.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? null : result;
    }

    /// <summary>True for what may stand unescaped in a JSON string, or is a control dropped from the view.</summary>
    private static bool RawInString(char c) => c is not ('"' or '\\' or '\t' or '\n' or '\r');

    private static void Append(StringBuilder view, char c)
    {
        if (!Controls.Contains(c))
        {
            view.Append(c);
        }
    }

    private static bool TryUnescape(string text, int at, bool unescapeAll, out char decoded, out int length)
    {
        char kind = text[at + 1];
        length = 2;
        if (kind == 'u')
        {
            length = 6;
            decoded = '\0';
            if (at + 6 > text.Length ||
                !ushort.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
            {
                return false;
            }

            // Surrogate pairs decode one half at a time, which rebuilds the pair.
            decoded = (char)code;
            return true;
        }

        decoded = kind switch
        {
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'b' => '\b',
            'f' => '\f',
            '"' or '\\' or '/' => kind,
            _ => '\0',
        };
        return unescapeAll && decoded != '\0';
    }
}
