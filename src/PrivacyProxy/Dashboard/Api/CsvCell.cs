using System.Buffers;
using System.Text;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// One CSV cell: RFC 4180 quoting (a cell holding a comma, quote, CR or LF is quoted, quotes doubled), and the
/// spreadsheet formula-injection defence: a cell starting with <c>= + - @</c>, TAB or CR is prefixed with <c>'</c>,
/// so a team or model name such as <c>=HYPERLINK(...)</c> opens as text, not as a formula.
/// </summary>
internal static class CsvCell
{
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");

    public static void Append(StringBuilder row, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var prefix = FormulaStarts.Contains(text[0]);
        if (text.AsSpan().IndexOfAny(NeedQuotes) < 0)
        {
            row.Append(prefix ? "'" : "").Append(text);
            return;
        }

        row.Append('"').Append(prefix ? "'" : "").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
