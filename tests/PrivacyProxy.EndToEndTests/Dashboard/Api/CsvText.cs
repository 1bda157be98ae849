using System.Text;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>A strict RFC 4180 reader for the tests: rows end in CRLF, a quoted cell may hold commas, quotes and line breaks.</summary>
internal static class CsvText
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted cell is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException("Text follows a closing quote.");
                }

                continue;
            }

            if (text[i] == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new FormatException("A bare CR outside quotes.");
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else if (text[i] is '\n' or '"')
            {
                throw new FormatException("A bare LF or quote outside quotes.");
            }
            else
            {
                cell.Append(text[i++]);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            throw new FormatException("The last row does not end in CRLF.");
        }

        return rows;
    }
}
