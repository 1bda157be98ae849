using System.Buffers;
using System.Text;

namespace PrivacyProxy.Redaction.Restoring;

/// <summary>
/// Escapes a value for the inside of a JSON string (no quotes added): quote, backslash and control characters, as
/// RFC 8259 section 7 requires. Values that need nothing are returned as the same instance.
/// </summary>
internal static class JsonStringEscaper
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static string Escape(string value)
    {
        int next = value.AsSpan().IndexOfAny(NeedsEscape);
        if (next < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        int copied = 0;
        while (next >= 0)
        {
            int at = copied + next;
            builder.Append(value, copied, at - copied);
            AppendEscaped(builder, value[at]);
            copied = at + 1;
            next = value.AsSpan(copied).IndexOfAny(NeedsEscape);
        }

        builder.Append(value, copied, value.Length - copied);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case '\b': builder.Append("\\b"); break;
            case '\f': builder.Append("\\f"); break;
            default: builder.Append("\\u00").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}
