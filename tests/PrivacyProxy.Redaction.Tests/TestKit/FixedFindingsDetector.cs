using PrivacyProxy.Detection;

namespace PrivacyProxy.Redaction.Tests.TestKit;

/// <summary>Test double that returns the same findings for any text, to feed the session contract violations.</summary>
internal sealed class FixedFindingsDetector(params Finding[] findings) : IDetector
{
    public IReadOnlyList<Finding> Detect(string text) => findings;
}
