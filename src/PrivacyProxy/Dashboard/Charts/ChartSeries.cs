namespace PrivacyProxy.Dashboard.Charts;

/// <summary>One line of a time chart: its legend name and one value per bucket.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<long> Values);
