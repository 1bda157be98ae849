using System.Globalization;
using PrivacyProxy.Dashboard.Pages;
using static PrivacyProxy.Dashboard.Charts.ChartScale;

namespace PrivacyProxy.Dashboard.Charts;

/// <summary>
/// A line chart over time buckets, drawn as inline SVG: value axis with ticks, time labels, a legend, one line (and a
/// light area) per series, and a data table after it for readers who cannot see the chart. Handles no buckets, one
/// bucket and counts up to <see cref="long.MaxValue"/>.
/// </summary>
internal static class TimeChart
{
    private const double Width = 720, Height = 260, Left = 56, Right = 16, Top = 36, Bottom = 34;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;
    private const int MaxTimeLabels = 6;
    private const int MaxPointMarkers = 120;

    public static void Write(HtmlWriter html, string id, string title, IReadOnlyList<DateTimeOffset> starts, TimeSpan bucket, IReadOnlyList<ChartSeries> series)
    {
        var largest = 0L;
        foreach (var line in series)
        {
            foreach (var value in line.Values)
            {
                largest = Math.Max(largest, value);
            }
        }

        var scale = ChartScale.For(largest);
        var n = starts.Count;
        html.Open("figure", ("class", "chart"))
            .Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "chart time-chart"), ("role", "img"), ("aria-label", title),
                ("viewBox", $"0 0 {Coordinate(Width)} {Coordinate(Height)}"), ("preserveAspectRatio", "xMidYMid meet"))
            .Element("title", title)
            .Element("desc", Describe(starts, bucket, series, largest));

        WriteValueAxis(html, scale);
        WriteTimeAxis(html, starts, bucket);
        if (n == 0)
        {
            html.Element("text", "No data for this period", ("class", "empty"), ("x", Coordinate(Left + (PlotWidth / 2))), ("y", Coordinate(Top + (PlotHeight / 2))), ("text-anchor", "middle"));
        }
        else if (largest == 0)
        {
            html.Element("text", "Nothing recorded in this period", ("class", "empty"), ("x", Coordinate(Left + (PlotWidth / 2))), ("y", Coordinate(Top + (PlotHeight / 2))), ("text-anchor", "middle"));
        }

        for (var k = 0; k < series.Count && n > 0; k++)
        {
            WriteSeries(html, k, series[k], starts, scale);
        }

        WriteLegend(html, series);
        html.Close();
        WriteTable(html, title, starts, series);
        html.Close();
    }

    private static double X(int index, int count) => count == 1 ? Left + (PlotWidth / 2) : Left + (index * PlotWidth / (count - 1));

    private static double Y(long value, ChartScale scale) => Top + PlotHeight - (value / scale.Max * PlotHeight);

    private static void WriteValueAxis(HtmlWriter html, ChartScale scale)
    {
        html.Open("g", ("class", "axis value-axis"));
        foreach (var tick in scale.Ticks)
        {
            var y = Coordinate(Top + PlotHeight - (tick / scale.Max * PlotHeight));
            html.Void("line", ("class", tick == 0 ? "baseline" : "grid"), ("x1", Coordinate(Left)), ("x2", Coordinate(Width - Right)), ("y1", y), ("y2", y))
                .Element("text", Label(tick), ("x", Coordinate(Left - 6)), ("y", y), ("text-anchor", "end"), ("dominant-baseline", "middle"));
        }

        html.Close();
    }

    private static void WriteTimeAxis(HtmlWriter html, IReadOnlyList<DateTimeOffset> starts, TimeSpan bucket)
    {
        html.Open("g", ("class", "axis time-axis"));
        var n = starts.Count;
        var every = Math.Max(1, (int)Math.Ceiling(n / (double)MaxTimeLabels));
        for (var i = 0; i < n; i += every)
        {
            var x = Coordinate(X(i, n));
            html.Void("line", ("class", "tick"), ("x1", x), ("x2", x), ("y1", Coordinate(Top + PlotHeight)), ("y2", Coordinate(Top + PlotHeight + 4)))
                .Element("text", TimeLabel(starts[i], starts, bucket), ("x", x), ("y", Coordinate(Height - 12)), ("text-anchor", "middle"));
        }

        html.Close();
    }

    private static void WriteSeries(HtmlWriter html, int k, ChartSeries line, IReadOnlyList<DateTimeOffset> starts, ChartScale scale)
    {
        var n = starts.Count;
        var path = new System.Text.StringBuilder();
        for (var i = 0; i < n; i++)
        {
            path.Append(i == 0 ? "M" : " L").Append(Coordinate(X(i, n))).Append(' ').Append(Coordinate(Y(line.Values[i], scale)));
        }

        var baseline = Coordinate(Top + PlotHeight);
        var area = n > 1 ? $"{path} L{Coordinate(X(n - 1, n))} {baseline} L{Coordinate(X(0, n))} {baseline} Z" : null;
        html.Open("g", ("class", $"series series-{k}"), ("data-series", line.Name));
        if (area is not null)
        {
            html.Void("path", ("class", "area"), ("d", area));
            html.Void("path", ("class", "line"), ("d", path.ToString()), ("fill", "none"));
        }

        if (n <= MaxPointMarkers)
        {
            for (var i = 0; i < n; i++)
            {
                html.Open("circle", ("class", "point"), ("cx", Coordinate(X(i, n))), ("cy", Coordinate(Y(line.Values[i], scale))), ("r", n == 1 ? "5" : "2.5"))
                    .Element("title", $"{line.Name}, {Iso(starts[i])}: {line.Values[i].ToString(CultureInfo.InvariantCulture)}")
                    .Close();
            }
        }

        html.Close();
    }

    private static void WriteLegend(HtmlWriter html, IReadOnlyList<ChartSeries> series)
    {
        html.Open("g", ("class", "legend"));
        var x = Left;
        for (var k = 0; k < series.Count; k++)
        {
            html.Void("rect", ("class", $"swatch series-{k}"), ("x", Coordinate(x)), ("y", "10"), ("width", "12"), ("height", "12"), ("rx", "2"))
                .Element("text", series[k].Name, ("x", Coordinate(x + 18)), ("y", "20"));
            x += 30 + (series[k].Name.Length * 7.5);
        }

        html.Close();
    }

    private static void WriteTable(HtmlWriter html, string title, IReadOnlyList<DateTimeOffset> starts, IReadOnlyList<ChartSeries> series)
    {
        html.Open("details", ("class", "chart-data"))
            .Element("summary", "Data table")
            .Open("table")
            .Element("caption", title)
            .Open("thead").Open("tr").Element("th", "Bucket start (UTC)", ("scope", "col"));
        foreach (var line in series)
        {
            html.Element("th", line.Name, ("scope", "col"));
        }

        html.Close().Close().Open("tbody");
        for (var i = 0; i < starts.Count; i++)
        {
            html.Open("tr").Element("th", Iso(starts[i]), ("scope", "row"), ("class", "time"));
            foreach (var line in series)
            {
                html.Element("td", line.Values[i].ToString(CultureInfo.InvariantCulture), ("class", "number"));
            }

            html.Close();
        }

        html.Close().Close().Close();
    }

    private static string Describe(IReadOnlyList<DateTimeOffset> starts, TimeSpan bucket, IReadOnlyList<ChartSeries> series, long largest) =>
        starts.Count == 0
            ? "No data for this period."
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", series.Select(static s => s.Name))} per {BucketText(bucket)} from {Iso(starts[0])}, {starts.Count} buckets, highest {largest}.");

    private static string TimeLabel(DateTimeOffset start, IReadOnlyList<DateTimeOffset> starts, TimeSpan bucket)
    {
        var utc = start.UtcDateTime;
        var format = bucket >= TimeSpan.FromDays(1) ? "MM-dd"
            : starts[^1] - starts[0] >= TimeSpan.FromDays(1) ? "MM-dd HH:mm"
            : "HH:mm";
        return utc.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>How a bucket size reads: "1 minute", "30 minutes", "6 hours", "1 day".</summary>
    public static string BucketText(TimeSpan bucket) =>
        bucket.TotalDays >= 1 && bucket.TotalDays == Math.Floor(bucket.TotalDays) ? Plural((long)bucket.TotalDays, "day")
        : bucket.TotalHours >= 1 && bucket.TotalHours == Math.Floor(bucket.TotalHours) ? Plural((long)bucket.TotalHours, "hour")
        : Plural((long)Math.Max(1, bucket.TotalMinutes), "minute");

    private static string Plural(long count, string unit) => count == 1 ? $"1 {unit}" : string.Create(CultureInfo.InvariantCulture, $"{count} {unit}s");

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
