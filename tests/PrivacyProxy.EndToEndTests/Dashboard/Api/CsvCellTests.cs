using System.Text;
using PrivacyProxy.Dashboard.Api;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>One CSV cell: RFC 4180 quoting and the formula-injection prefix, read back by a strict parser.</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("team-a", "team-a")]
    [InlineData("north, south", "\"north, south\"")]
    [InlineData("the \"red\" team", "\"the \"\"red\"\" team\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Append_QuotesAndPrefixes(string text, string expected)
    {
        var row = new StringBuilder();

        CsvCell.Append(row, text);

        row.ToString().Should().Be(expected);
    }

    [Fact]
    public void Append_RandomText_ReadsBackAsWritten()
    {
        var random = new Random(4_180);
        const string alphabet = "ab ,\"\r\n=+-@\t'x;";
        for (int trial = 0; trial < 2_000; trial++)
        {
            var cells = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
                .ToList();
            var row = new StringBuilder();
            for (int i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    row.Append(',');
                }

                CsvCell.Append(row, cells[i]);
            }

            row.Append("\r\n");

            var read = CsvText.Parse(row.ToString()).Should().ContainSingle().Subject;
            read.Should().Equal(cells.Select(static c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal) ? "'" + c : c),
                "trial {0}: every cell reads back, formula starts prefixed", trial);
        }
    }
}
