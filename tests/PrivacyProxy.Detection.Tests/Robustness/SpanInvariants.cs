namespace PrivacyProxy.Detection.Tests.Robustness;

/// <summary>The contract every result must keep: spans inside the text, non-empty, sorted, never overlapping.</summary>
internal static class SpanInvariants
{
    public static bool Hold(string text, IReadOnlyList<Finding> findings)
    {
        var previousEnd = 0;
        foreach (var finding in findings)
        {
            if (finding.Start < previousEnd || finding.End <= finding.Start || finding.End > text.Length)
            {
                return false;
            }

            previousEnd = finding.End;
        }

        return true;
    }

    public static void Check(string text, IReadOnlyList<Finding> findings) =>
        Hold(text, findings).Should().BeTrue("spans must be inside the text, sorted and non-overlapping");
}
