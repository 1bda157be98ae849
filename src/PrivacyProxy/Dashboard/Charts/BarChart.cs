using System.Globalization;
using PrivacyProxy.Dashboard.Pages;
using static PrivacyProxy.Dashboard.Charts.ChartScale;

namespace PrivacyProxy.Dashboard.Charts;

/// <summary>
/// A horizontal bar chart of a breakdown, drawn as inline SVG: the largest <see cref="MaxBars"/> bars with their
/// names and counts, a value axis, and the full name and count of each bar as its tooltip. The page's table beside it
/// lists every row.
/// </summary>
internal static class BarChart
{
    /// <summary>The most bars drawn; the rest are in the table.</summary>
    public const int MaxBars = 15;

    private const double Width = 720, Left = 190, Right = 70, Top = 8, Bottom = 26, RowHeight = 24, BarHeight = 16;
    private const int MaxLabelLength = 26;

    public static void Write(HtmlWriter html, string title, IReadOnlyList<(string Label, long Value)> bars)
    {
        var shown = bars.OrderByDescending(static b => b.Value).Take(MaxBars).ToList();
        var height = Top + (Math.Max(shown.Count, 1) * RowHeight) + Bottom;
        var scale = ChartScale.For(shown.Count == 0 ? 0 : shown[0].Value);
        var plot = Width - Left - Right;
        html.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart bar-chart"), ("role", "img"), ("aria-label", title),
                ("viewBox", $"0 0 {Coordinate(Width)} {Coordinate(height)}"), ("preserveAspectRatio", "xMidYMid meet"))
            .Element("title", title)
            .Element("desc", shown.Count == 0 ? "Nothing recorded in this period."
                : string.Create(CultureInfo.InvariantCulture, $"{shown.Count} largest of {bars.Count}; the table lists every one."));

        var axisY = height - Bottom;
        html.Open("g", ("class", "axis value-axis"));
        foreach (var tick in scale.Ticks)
        {
            var x = Coordinate(Left + (tick / scale.Max * plot));
            html.Void("line", ("class", tick == 0 ? "baseline" : "grid"), ("x1", x), ("x2", x), ("y1", Coordinate(Top)), ("y2", Coordinate(axisY)))
                .Element("text", Label(tick), ("x", x), ("y", Coordinate(axisY + 16)), ("text-anchor", "middle"));
        }

        html.Close();
        if (shown.Count == 0)
        {
            html.Element("text", "Nothing recorded in this period", ("class", "empty"), ("x", Coordinate(Left + (plot / 2))), ("y", Coordinate(Top + (RowHeight / 2))), ("text-anchor", "middle"), ("dominant-baseline", "middle"));
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var (label, value) = shown[i];
            var y = Top + (i * RowHeight) + ((RowHeight - BarHeight) / 2);
            var length = value / scale.Max * plot;
            var middle = Coordinate(y + (BarHeight / 2));
            var tooltip = $"{label}: {value.ToString(CultureInfo.InvariantCulture)}";
            html.Open("g", ("class", "bar-row"))
                .Element("text", Shorten(label), ("class", "bar-label"), ("x", Coordinate(Left - 8)), ("y", middle), ("text-anchor", "end"), ("dominant-baseline", "middle"))
                .Open("rect", ("class", "bar"), ("x", Coordinate(Left)), ("y", Coordinate(y)), ("width", Coordinate(Math.Max(length, value > 0 ? 1 : 0))), ("height", Coordinate(BarHeight)), ("rx", "2"))
                .Element("title", tooltip)
                .Close()
                .Element("text", Label(value), ("class", "bar-value"), ("x", Coordinate(Left + length + 6)), ("y", middle), ("dominant-baseline", "middle"))
                .Close();
        }

        html.Close();
    }

    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "\u2026";
}
