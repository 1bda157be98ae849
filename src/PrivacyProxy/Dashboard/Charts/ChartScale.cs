using System.Globalization;

namespace PrivacyProxy.Dashboard.Charts;

/// <summary>
/// A value axis from 0 to a "nice" maximum (1, 2 or 5 times a power of ten per step) with its ticks, for any count
/// from 0 to <see cref="long.MaxValue"/>.
/// </summary>
internal sealed class ChartScale
{
    private ChartScale(double max, IReadOnlyList<double> ticks)
    {
        Max = max;
        Ticks = ticks;
    }

    /// <summary>The top of the axis (at least 1).</summary>
    public double Max { get; }

    /// <summary>The tick values from 0 to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>A scale holding <paramref name="largest"/> in about <paramref name="steps"/> steps.</summary>
    public static ChartScale For(long largest, int steps = 4)
    {
        var top = Math.Max(1d, largest);
        var rough = top / steps;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = power;
        foreach (var factor in (ReadOnlySpan<double>)[1, 2, 5, 10])
        {
            step = factor * power;
            if (step >= rough)
            {
                break;
            }
        }

        // Counts are whole: a step below 1 would only repeat labels.
        step = Math.Max(1, step);
        var count = (int)Math.Ceiling(top / step);
        var ticks = new double[count + 1];
        for (var i = 0; i <= count; i++)
        {
            ticks[i] = i * step;
        }

        return new ChartScale(count * step, ticks);
    }

    /// <summary>A short label: 950, 1.2K, 3.4M, 5.6G, ...</summary>
    public static string Label(double value)
    {
        ReadOnlySpan<(double Size, string Suffix)> units = [(1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "K")];
        foreach (var (size, suffix) in units)
        {
            if (Math.Abs(value) >= size)
            {
                return (value / size).ToString("0.#", CultureInfo.InvariantCulture) + suffix;
            }
        }

        return value.ToString("0", CultureInfo.InvariantCulture);
    }

    /// <summary>A coordinate for an SVG attribute.</summary>
    public static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
