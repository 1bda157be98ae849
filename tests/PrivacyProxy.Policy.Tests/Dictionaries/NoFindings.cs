using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Tests.Dictionaries;

/// <summary>A rules detector that finds nothing: isolates what a policy's terms find on their own.</summary>
internal sealed class NoFindings : IDetector
{
    public static NoFindings Instance { get; } = new();

    public IReadOnlyList<Finding> Detect(string text) => [];
}
