using System.Xml.Linq;
using PrivacyProxy.Audit;
using PrivacyProxy.Dashboard.Charts;
using PrivacyProxy.Dashboard.Pages;

namespace PrivacyProxy.EndToEndTests.Dashboard.Pages;

/// <summary>The SVG charts for no data, one bucket, many buckets and huge counts; the scale and the bucket size.</summary>
public sealed class ChartTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0L)]
    [InlineData(1, 0L)]
    [InlineData(1, 7L)]
    [InlineData(48, 1234L)]
    [InlineData(AuditQueryLimits.MaxBuckets, long.MaxValue)]
    public void TimeChart_AnyBucketCount_IsValidLabelledSvg(int buckets, long largest)
    {
        var random = new Random(buckets);
        var starts = Enumerable.Range(0, buckets).Select(i => Start.AddMinutes(30 * i)).ToList();
        var values = Enumerable.Range(0, buckets).Select(i => i == buckets / 2 ? largest : (long)(random.NextDouble() * largest)).ToList();

        var svg = TimeSvg(starts, [new ChartSeries("Requests", values), new ChartSeries("Blocked", values.Select(v => v / 3).ToList())]);

        svg.Name.LocalName.Should().Be("svg");
        ((string?)svg.Attribute("role")).Should().Be("img");
        svg.Elements().First().Name.LocalName.Should().Be("title");
        NumbersIn(svg).Should().OnlyContain(n => double.IsFinite(n) && n >= -1 && n <= 1000, "every coordinate is inside the view box");
        svg.Descendants().Count(e => e.Name.LocalName == "g" && ((string?)e.Attribute("class"))!.StartsWith("series", StringComparison.Ordinal))
            .Should().Be(buckets == 0 ? 0 : 2);
        svg.Descendants().Any(e => e.Name.LocalName == "text" && (string?)e.Attribute("class") == "empty").Should().Be(largest == 0 || buckets == 0);
    }

    [Fact]
    public void TimeChart_DataTable_HoldsEveryBucketsValues()
    {
        var starts = Enumerable.Range(0, 5).Select(i => Start.AddHours(i)).ToList();
        long[] values = [3, 0, 9_000_000_000, 1, 2];

        var html = new HtmlWriter();
        TimeChart.Write(html, "chart-x", "Requests per 1 hour", starts, TimeSpan.FromHours(1), [new ChartSeries("Requests", values)]);
        var figure = XElement.Parse(html.ToString());

        figure.Descendants("tbody").Single().Elements("tr").Select(tr => long.Parse(tr.Elements("td").Single().Value, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(values);
        figure.Descendants("th").First().Attribute("scope")!.Value.Should().Be("col");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    public void BarChart_AnyRowCount_IsValidSvgWithAtMostMaxBars(int rows)
    {
        var bars = Enumerable.Range(0, rows).Select(i => ($"name-{i}-{new string('x', i)}", i == 0 ? long.MaxValue : (long)i * 1000)).ToList();

        var html = new HtmlWriter();
        BarChart.Write(html, "Findings by rule", bars);
        var svg = XElement.Parse(html.ToString());

        svg.Elements().First().Name.LocalName.Should().Be("title");
        svg.Descendants().Count(e => e.Name.LocalName == "rect").Should().Be(Math.Min(rows, BarChart.MaxBars));
        NumbersIn(svg).Should().OnlyContain(n => double.IsFinite(n) && n >= -1 && n <= 1000);
    }

    [Fact]
    public void BarChart_HostileLabel_IsEncodedText()
    {
        var html = new HtmlWriter();
        BarChart.Write(html, "Requests by model", [("<script>alert(1)</script>", 3)]);
        var text = html.ToString();

        text.Should().NotContain("<script>");
        XElement.Parse(text).Descendants().Should().Contain(e => e.Name.LocalName == "title" && e.Value == "<script>alert(1)</script>: 3");
    }

    [Fact]
    public void ChartScale_RandomMaxima_CoverTheValueInFewNiceSteps()
    {
        var random = new Random(9);
        for (var i = 0; i < 2000; i++)
        {
            var largest = i < 10 ? i : (long)Math.Pow(10, random.NextDouble() * 18.9);
            var scale = ChartScale.For(largest);

            scale.Max.Should().BeGreaterThanOrEqualTo(largest);
            scale.Ticks[0].Should().Be(0);
            scale.Ticks[^1].Should().Be(scale.Max);
            scale.Ticks.Count.Should().BeInRange(2, 11);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(24, 30)]
    [InlineData(24 * 7, 360)]
    [InlineData(24 * 30, 720)]
    public void ChartBucket_UsualPeriods_GetTheirUsualSize(int hours, int minutes) =>
        ChartBucket.For(new AuditPeriod(Start, Start.AddHours(hours))).Should().Be(TimeSpan.FromMinutes(minutes));

    [Fact]
    public void ChartBucket_RandomPeriods_StayUnderTheStoreLimit()
    {
        var random = new Random(4);
        for (var i = 0; i < 2000; i++)
        {
            var span = TimeSpan.FromSeconds(Math.Pow(10, random.NextDouble() * 11));
            var bucket = ChartBucket.For(new AuditPeriod(Start, Start + span));

            bucket.Should().BePositive();
            Math.Ceiling(span / bucket).Should().BeLessThanOrEqualTo(61).And.BeLessThanOrEqualTo(AuditQueryLimits.MaxBuckets);
        }
    }

    [Fact]
    public void ChartBucket_EmptyPeriod_StillHasASize() =>
        ChartBucket.For(new AuditPeriod(Start, Start)).Should().BePositive();

    private static XElement TimeSvg(List<DateTimeOffset> starts, ChartSeries[] series)
    {
        var html = new HtmlWriter();
        TimeChart.Write(html, "chart-test", "Requests per 30 minutes", starts, TimeSpan.FromMinutes(30), series);
        var figure = XElement.Parse(html.ToString());
        return figure.Elements().First(e => e.Name.LocalName == "svg");
    }

    // The numbers of every coordinate attribute and path.
    private static IEnumerable<double> NumbersIn(XElement svg) =>
        svg.DescendantsAndSelf().SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName is "x" or "y" or "x1" or "x2" or "y1" or "y2" or "cx" or "cy" or "width" or "height" or "d")
            .SelectMany(a => a.Value.Split([' ', 'M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries))
            .Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
}
