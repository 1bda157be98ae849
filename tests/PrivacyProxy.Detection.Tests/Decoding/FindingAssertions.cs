namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>Checks on findings that name offsets and types only, never the text they point at.</summary>
internal static class FindingAssertions
{
    public static bool Covers(this IReadOnlyList<Finding> findings, int start, int end) =>
        findings.Any(f => f.Start <= start && f.End >= end);

    /// <summary>The one finding that covers [start, end) of the text exactly, or a failure naming offsets only.</summary>
    public static Finding CoveringExactly(this IReadOnlyList<Finding> findings, int start, int end)
    {
        var covering = findings.Where(f => f.Start == start && f.End == end).ToList();
        covering.Should().ContainSingle($"one finding must span exactly the encoded run [{start}, {end})");
        return covering[0];
    }
}
